import { Alert } from '@/components/ui/alert';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { readNote } from '@/lib/sso/cookies';

export const generateMetadata = consoleTitle('account.sso.testResult', 'metaTitle');

/** Where the "Test connection" popup lands: the claims the IdP sent, or why the test failed. Nothing saved. */
export default async function SsoTestResultPage() {
  const t = await getConsoleTranslator('account.sso.testResult');
  const ctx = await requirePermission('sso:manage');
  const note =
    (await readNote<{ claims?: Record<string, unknown>; error?: string }>('test', ctx.session.user.id)) ??
    (await readNote<{ error?: string }>('test', ''));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {!note ? (
        <Alert tone="info">{t('none')}</Alert>
      ) : note.error ? (
        <Alert tone="error">{t('failed', { error: note.error })}</Alert>
      ) : (
        <>
          <Alert tone="success">{t('passed')}</Alert>
          <h2 className="text-lg font-semibold">{t('claims')}</h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {Object.entries((note as { claims: Record<string, unknown> }).claims).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono">{k}</dt>
                <dd className="font-mono break-all" data-claim={k}>
                  {typeof v === 'string' ? v : JSON.stringify(v)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
