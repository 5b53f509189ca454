'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { openViewerSession } from '@/lib/documents/open-viewer-session';
import { requestDocumentAccess } from '@/lib/documents/request-document-access';
import { requestViewerLink } from '@/lib/documents/request-viewer-link';
import { startViewerVerification } from '@/lib/documents/start-viewer-verification';
import { verifyAccessRequest } from '@/lib/documents/verify-access-request';
import { viewerCookie } from '@/lib/documents/viewer-cookie';
import { browserBinding } from '@/lib/sso/cookies';
import { ZAccessRequestSchema, ZViewerLinkSchema } from '@/lib/validation/documents';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';

/** Where the flow goes next, in the language of the page the button was on (/de/documents/…). */
const here = async (path: string) => hrefIn(await getRequestLocale(), path);

const ZTokenSchema = z.object({ token: z.string().min(10).max(200) });

/**
 * The public request form (useFormAction): a refused request hands the typed values back. With a "Verify
 * with …" button the email is confirmed at that provider instead of by the emailed link: the answer is the
 * provider's sign-in address, which the browser follows (a link, not a redirect: the CSP's form-action
 * would stop a form post from being redirected to another site).
 */
export const requestAccessAction = createAction({
  tier: 'public',
  schema: ZAccessRequestSchema,
  returnValues: ['name', 'email', 'company', 'reason', 'documentIds', 'ndaAccepted'],
  handler: async (ctx, input) => {
    const { verifyWith } = input;
    if (!verifyWith) return { ...(await requestDocumentAccess(ctx, input)), continueTo: null, provider: null };
    // The SSO flows' browser binding (lib/sso/cookies.ts): the answer counts only in this browser.
    return startViewerVerification(ctx, { ...input, verifyWith, browserBinding: await browserBinding(true) });
  },
});

const verify = createAction({
  tier: 'public',
  schema: ZTokenSchema,
  handler: (ctx, input) => verifyAccessRequest(ctx, input),
});

/** The button on the verification page (a click, not the GET, so mail scanners cannot use the link). */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const result = await verify(null, formData);
  if (!result.ok)
    redirect(
      `${await here('/documents/access-ended')}?reason=${result.code === 'RATE_LIMITED' ? 'rate-limited' : 'link-used'}`,
    );
  redirect(`${await here('/documents/verified')}?status=${result.data.status}`);
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
  if (!result.ok)
    redirect(
      `${await here('/documents/access-ended')}?reason=${result.code === 'FORBIDDEN' ? (result.reason === 'DOCUMENT_ACCESS_REVOKED' ? 'revoked' : 'expired') : result.code === 'RATE_LIMITED' ? 'rate-limited' : 'link-used'}`,
    );
  redirect(await here('/documents/viewer'));
}

/** "Email me a new link" (same answer whether or not the address has access). */
export const viewerLinkAction = createAction({
  tier: 'public',
  schema: ZViewerLinkSchema,
  handler: (ctx, input) => requestViewerLink(ctx, input),
});
