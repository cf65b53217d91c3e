import { json } from '@sveltejs/kit';
import { runtimeStatus } from '$lib/server/runtime';

/** For load balancers and monitoring: 200 when the database is ready, 503 otherwise. */
export function GET() {
	const status = runtimeStatus();
	return json({ status }, { status: status === 'ready' ? 200 : 503 });
}
