import { getConfig } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/** Public: reachable without signing in, as the law requires. */
export const load: PageServerLoad = () => ({ contact: getConfig().accessibilityContact ?? null });
