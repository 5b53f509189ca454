import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { EmailChangeForm } from '@/components/account/email-change-form';
import { requireSession } from '@/lib/dal';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.profile');
  return { title: t('metaTitle') };
}

export default async function ProfilePage() {
  const t = await getConsoleTranslator('account.page.profile');
  const ctx = await requireSession('/account/profile');
  const { user } = ctx.session;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('yourAccount')}</h1>
        <p className="mt-1 text-fg-muted">{t('signedInAs', { name: user.name, email: user.email })}</p>
      </div>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-xl font-semibold">
          {t('emailAddress')}
        </h2>
        <p className="text-sm text-fg-muted">{t('weSendALink')}</p>
        <EmailChangeForm currentEmail={user.email} />
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-xl font-semibold">
          {t('yourData')}
        </h2>
        <p className="text-sm text-fg-muted">{t('oneJsonFileWith')}</p>
        <p>
          <a
            href="/account/profile/export"
            download
            className="inline-flex rounded-md border border-border px-4 py-2 text-sm font-medium no-underline hover:bg-bg-subtle"
          >
            {t('downloadMyData')}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3">
        <h2 id="delete-heading" className="text-xl font-semibold">
          {t('deleteYourAccount')}
        </h2>
        <p className="text-sm text-fg-muted">{t('thisSignsYouOut')}</p>
        <DeleteAccountForm email={user.email} />
      </section>
    </div>
  );
}
