import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api/openapi';

/** The API's description, public: it describes, it holds no data. */
export const GET = () => json(openApiDocument());
