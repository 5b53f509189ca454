import { getConfig } from '@/lib/config';
import { WithMessages } from '@/components/i18n/with-messages';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { AskForm } from './ask-form';

/** The "Ask a security question" box under the FAQ and the search page (the same form as /ask). */
export async function AskBox() {
  const { securityContact } = getConfig();
  const t = getTranslator(await getRequestLocale(), 'ask.box');
  return (
    <aside className="mt-10 max-w-3xl rounded-md border border-border bg-bg-subtle p-4" aria-label={t('label')}>
      <p className="mb-3 text-sm text-fg-muted">{t('lead')}</p>
      <WithMessages namespaces={['ask.form']}>
        <AskForm contactHref={securityContact} contactLabel={securityContact.replace(/^mailto:/, '')} />
      </WithMessages>
    </aside>
  );
}
