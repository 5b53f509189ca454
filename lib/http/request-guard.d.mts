// Types for request-guard.mjs (plain JavaScript so server.mjs can load it before Next.js).
import type { IncomingMessage } from 'node:http';

export const ACTION_BODY_LIMIT: number;
export function replyValueProblem(value: unknown, parts: Set<string> | null, depth?: number): string | null;
export function actionBodyProblem(body: Uint8Array, contentType: string | undefined): Promise<string | null>;
export function pageFormProblem(body: Uint8Array, contentType: string): Promise<string | null>;
export function checkActionRequest(req: IncomingMessage): Promise<{ status: number; message: string } | null>;
