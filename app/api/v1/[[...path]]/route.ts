import { apiError } from '@/lib/api/with-api-key';

export const dynamic = 'force-dynamic';

// Anything under /api/v1 that is not an endpoint answers JSON, not the HTML 404 page.
const notFound = () => apiError('NOT_FOUND', 'There is no such API endpoint. See the API keys page for the endpoints available.');

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
