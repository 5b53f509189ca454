import { apiError } from '@/lib/api/with-api-key';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

// Anything under /api/v1 that is not an endpoint answers JSON, not the HTML 404 page.
const notFound = () => apiError(new AppError('API_NO_SUCH_ENDPOINT'));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
