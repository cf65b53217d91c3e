#!/usr/bin/env node
// The `querschnitt` command. It is TypeScript and shares the server's code (src/lib/server), so it
// runs through tsx instead of needing a build of its own.
import { register } from 'tsx/esm/api';

// tsconfig: false – the project's tsconfig extends .svelte-kit/tsconfig.json, which exists only after
// `svelte-kit sync`; the CLI needs none of its settings (src/lib uses relative imports).
register({ tsconfig: false });

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
