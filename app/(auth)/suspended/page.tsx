import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { suspensionOfSessionToken } from '@/lib/customers/suspension';
import { sessionTokenFromCookie } from '@/lib/dal';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.suspended')('title') };
}
export const dynamic = 'force-dynamic';

/**
 * Where a member's open page lands when their organization was suspended or scheduled for deletion: the
 * session has ended (lib/auth/session-context.ts); this says why and whom to contact.
 */
export default async function SuspendedPage() {
  const token = await sessionTokenFromCookie();
  const notice = token ? await suspensionOfSessionToken(token) : null;
  const { supportEmail } = getConfig();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.suspended');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {notice?.status === 'PENDING_DELETION' ? t('pendingDeletion') : t('suspended')}
      </h1>
      <p role="status">{notice?.message ?? t('unavailable', { supportEmail })}</p>
      <p>{t('signedOut')}</p>
      <p>
        <a href={`mailto:${supportEmail}`} className="underline">
          {t('email', { supportEmail })}
        </a>
      </p>
      <p>
        <Link href={hrefIn(locale, '/login')} className="underline">
          {t('otherAccount')}
        </Link>
      </p>
    </div>
  );
}
