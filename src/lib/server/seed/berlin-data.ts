import path from 'node:path';
import { projectRoot } from '../db/project-root';

/**
 * Where the demo's Berlin files lie (demo/berlin-lor-2006/). A module of its own so that the parts
 * of the seed (crosswalk, facilities) can read files without importing berlin.ts, which imports them.
 */
export const berlinDataDir = path.join(projectRoot(), 'demo', 'berlin-lor-2006');
