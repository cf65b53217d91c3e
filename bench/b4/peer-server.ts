import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const maplibreDir = path.join(here, '..', '..', 'node_modules', 'maplibre-gl', 'dist');
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.mjs': 'text/javascript',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json'
};

/**
 * The peer of B4: a static server for a plain MapLibre page (bench/b4/peer.html), MapLibre's own
 * files from node_modules and the data the bench prepared (`dataDir`: <name>.geojson and
 * <name>-states.json). No app, no framework: what is left is MapLibre's own cost.
 */
export async function startPeerServer(dataDir: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const name = path.basename(url.pathname);
		const file = url.pathname.startsWith('/maplibre/')
			? path.join(maplibreDir, name)
			: url.pathname.startsWith('/data/')
				? path.join(dataDir, name)
				: url.pathname === '/peer.html'
					? path.join(here, 'peer.html')
					: null;
		if (!file || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return server;
}
