import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * @kern-ux/native declares "sideEffects": false, so a production build would drop the
 * <kern-kopfzeile> web component script. Mark its JS as having side effects.
 */
function kernSideEffects(): Plugin {
	return {
		name: 'querschnitt:kern-side-effects',
		transform(code, id) {
			if (id.includes('/@kern-ux/native/dist/js/')) return { code, moduleSideEffects: true };
			return null;
		}
	};
}

export default defineConfig({
	plugins: [kernSideEffects(), sveltekit()],
	server: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
		globalSetup: ['test/support/global-setup.ts'],
		setupFiles: ['test/support/fast-check.ts'],
		hookTimeout: 120_000,
		testTimeout: 60_000,
		pool: 'forks',
		maxWorkers: 2
	}
});
