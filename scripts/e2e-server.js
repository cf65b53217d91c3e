#!/usr/bin/env node
// The server the browser tests run against: a fresh embedded database in a temporary folder,
// prepared by test/e2e/prepare-world.ts, then the normal start (which builds when needed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'querschnitt-e2e-'));
process.env.DEMO = 'true';
process.env.PORT ??= '4173';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Each browser test logs in many times from one address.
process.env.LOGIN_MAX_FAILURES ??= '50';

const prepared = spawnSync(
	process.execPath,
	['--import', 'tsx', path.join(root, 'test/e2e/prepare-world.ts')],
	{
		stdio: 'inherit',
		cwd: root
	}
);
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
await import('./start.js');
