import type { AuthorizedCtx, AuthorizeOptions } from '@/lib/access/authorize';
import './site-source';

// Who may use the studio: vendor staff holding the permission — authorize(ctx, permission, STUDIO). The
// pages belong to the trust center, i.e. to the vendor organization; a customer organization (even with a
// custom role holding content:edit) finds nothing here: NOT_FOUND, refusal audited (R25, R27). Importing
// this module also makes the database the site's page source.

export const STUDIO = { vendorOnly: 'the studio', hideFromCustomers: true } as const satisfies AuthorizeOptions;

/** How drafts and new pages name their author: the user's name, or the email when there is none. */
export const authorName = ({ session }: AuthorizedCtx): string => session.user.name || session.user.email;
