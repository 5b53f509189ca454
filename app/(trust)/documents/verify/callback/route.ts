import type { NextRequest } from 'next/server';
import { viewerCallback } from './viewer-callback';

// Where Google and Microsoft send a prospect back after confirming their work email (register this
// address with each client). A customer connection's answers arrive at /api/sso/callback instead.
export const GET = (req: NextRequest) => viewerCallback(req);
