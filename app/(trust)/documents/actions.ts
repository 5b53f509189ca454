'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { toErrorResult, type ActionResult } from '@/lib/errors';
import { openViewerSession } from '@/lib/documents/open-viewer-session';
import { requestDocumentAccess } from '@/lib/documents/request-document-access';
import { requestViewerLink } from '@/lib/documents/request-viewer-link';
import { verifyAccessRequest } from '@/lib/documents/verify-access-request';
import { viewerCookie } from '@/lib/documents/viewer-cookie';
import { ZAccessRequestSchema, ZViewerLinkSchema } from '@/lib/validation/documents';
import { formInput } from '@/lib/validation/input';

const ZTokenSchema = z.object({ token: z.string().min(10).max(200) });

const submitRequest = createAction({
  tier: 'public',
  schema: ZAccessRequestSchema,
  handler: (ctx, input) => requestDocumentAccess(ctx, input),
});

export type RequestAccessState =
  | (ActionResult<{ email: string }> & { values?: Record<'name' | 'email' | 'company' | 'reason', string> & { documentIds: string[]; ndaAccepted: boolean } })
  | null;

/** The public request form (useActionState): a refused request hands the typed values back. */
export async function requestAccessAction(prev: RequestAccessState, formData: FormData): Promise<RequestAccessState> {
  let fields: Record<string, unknown>;
  try {
    fields = formInput(formData, { lists: ['documentIds'] });
  } catch (err) {
    return toErrorResult(err);
  }
  const texts = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  const documentIds = texts(fields.documentIds).filter(Boolean);
  const result = await submitRequest(prev, { ...fields, documentIds } as z.input<typeof ZAccessRequestSchema>);
  if (result.ok) return result;
  const text = (name: string) => {
    const v = fields[name];
    return typeof v === 'string' ? v.slice(0, 5000) : '';
  };
  return {
    ...result,
    values: {
      name: text('name'),
      email: text('email'),
      company: text('company'),
      reason: text('reason'),
      documentIds: documentIds.slice(0, 50),
      ndaAccepted: fields.ndaAccepted === 'on',
    },
  };
}

const verify = createAction({ tier: 'public', schema: ZTokenSchema, handler: (ctx, input) => verifyAccessRequest(ctx, input) });

/** The button on the verification page (a click, not the GET, so mail scanners cannot use the link). */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const result = await verify(null, formData);
  if (!result.ok) redirect(`/documents/access-ended?reason=${result.code === 'RATE_LIMITED' ? 'rate-limited' : 'link-used'}`);
  redirect(`/documents/verified?status=${result.data.status}`);
}

const open = createAction({
  tier: 'public',
  schema: ZTokenSchema,
  handler: async (ctx, input) => {
    const { sessionToken, expiresAt } = await openViewerSession(ctx, input);
    const c = viewerCookie();
    (await cookies()).set(c.name, sessionToken, { ...c.options, expires: expiresAt });
    return { opened: true };
  },
});

export async function openViewerAction(formData: FormData): Promise<void> {
  const result = await open(null, formData);
  if (!result.ok) redirect(`/documents/access-ended?reason=${result.code === 'FORBIDDEN' ? (result.reason === 'DOCUMENT_ACCESS_REVOKED' ? 'revoked' : 'expired') : result.code === 'RATE_LIMITED' ? 'rate-limited' : 'link-used'}`);
  redirect('/documents/viewer');
}

/** "Email me a new link" (same answer whether or not the address has access). */
export const viewerLinkAction = createAction({ tier: 'public', schema: ZViewerLinkSchema, handler: (ctx, input) => requestViewerLink(ctx, input) });
