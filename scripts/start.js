#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Configuration comes from the environment and an optional .env file (see .env.example).
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root, say } from './build-app.js';

process.chdir(root);
if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');
await ensureBuilt();

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Above the import wizard's 50 MiB so that a file slightly over it gets the German message of
// the upload store instead of the adapter's bare 413.
process.env.BODY_SIZE_LIMIT ??= '64M';

// Without ORIGIN the adapter takes the protocol from PROTOCOL_HEADER and otherwise assumes https,
// so on http://localhost every form post failed the origin check. This server speaks plain HTTP:
// it tells the adapter so through a header of its own that it sets on every request (a client's
// value is overwritten). Behind a TLS proxy ORIGIN is required and takes precedence.
const protocolHeader = 'x-querschnitt-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = protocolHeader;

// Importing the handler runs the app's init: configuration, database, migrations, demo data.
const { handler } = await import(pathToFileURL(path.join(root, 'build', 'handler.js')).href);

const server = http.createServer((req, res) => {
	if (ownProtocol) req.headers[protocolHeader] = 'http';
	handler(req, res);
});
// Idle keep-alive connections stay open longer than those of the clients and proxies in front
// (nginx, load balancers: 60 s). With Node's default of 5 s a client that reuses a connection just
// as the server closes it gets ECONNRESET (Playwright's request context did, in the browser tests).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on('error', (error) => {
	const inUse = error.code === 'EADDRINUSE';
	console.error(
		inUse
			? `[querschnitt] Port ${port} ist belegt (läuft Querschnitt schon?). Anderen Port wählen: PORT=3001 npm start`
			: `[querschnitt] Der Server konnte nicht starten: ${error.message}`
	);
	process.exit(1);
});
server.listen({ host, port }, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	say(`Bereit: http://${shown}:${port} im Browser öffnen. Beenden mit Strg+C.`);
});

function shutdown(reason) {
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', reason));
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
