import { AppError } from '$lib/core/errors';
import { apiError } from '$lib/server/web/respond';

/** Unknown API paths answer in JSON with a stable code, like every other API error. */
const notFound = () => apiError(new AppError('not_found'));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
