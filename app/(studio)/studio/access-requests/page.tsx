import { AddRuleForm, DecideForms, RemoveRuleForm, RevokeForm } from '@/components/documents/access-request-forms';
import { requirePermission } from '@/lib/dal';
import { listAutoApproveRules } from '@/lib/documents/auto-approve-rules';
import { listAccessRequests } from '@/lib/documents/list-access-requests';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.accessRequests', 'title');

export default async function AccessRequestsPage() {
  const ctx = await requirePermission('content:publish');
  const [requests, rules] = await Promise.all([listAccessRequests(ctx), listAutoApproveRules(ctx)]);
  const t = await getConsoleTranslator('studio.accessRequests');
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-fg-muted">{t('intro')}</p>
      </div>
      <section aria-labelledby="requests">
        <h2 id="requests" className="sr-only">
          {t('requests')}
        </h2>
        {requests.length === 0 ? <p>{t('empty')}</p> : null}
        <ul className="list-none space-y-4 p-0">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-border p-4" data-testid="access-request">
              <h3 className="m-0 text-base font-semibold">
                {r.name} · {r.company}
              </h3>
              <p className="m-0 text-sm text-fg-muted">
                {t('requested', {
                  email: r.email,
                  at: formatDateTime(r.createdAt),
                  version: r.ndaVersion,
                  accepted: formatDateTime(r.ndaAcceptedAt),
                })}
              </p>
              <p className="mt-2 text-sm">
                <strong>{t(`status.${r.status}`)}</strong>
                {r.grant ? (
                  <>
                    {' · '}
                    {r.grant.revokedAt
                      ? t('grant.revoked', { at: formatDateTime(r.grant.revokedAt) })
                      : r.grant.active
                        ? t('grant.until', { date: formatDate(r.grant.expiresAt) })
                        : t('grant.expired')}
                    {r.grant.autoApproved ? t('grant.autoApproved') : null}
                  </>
                ) : null}
                {r.decidedBy ? t('decidedBy', { who: r.decidedBy }) : null}
              </p>
              <p className="mt-1 text-sm">{t('documents', { list: r.documents.join(', ') })}</p>
              <p className="mt-1 text-sm">{t('reason', { reason: r.reason })}</p>
              {r.decisionMessage ? (
                <p className="mt-1 text-sm">{t('messageSent', { message: r.decisionMessage })}</p>
              ) : null}
              {r.grant ? (
                <p className="mt-1 text-sm text-fg-muted">
                  {t('history', { views: r.views, downloads: r.downloads })}
                  {r.lastActivityAt ? t('historyLast', { at: formatDateTime(r.lastActivityAt) }) : null}
                </p>
              ) : null}
              {r.status === 'PENDING' ? <DecideForms requestId={r.id} who={r.email} /> : null}
              {r.grant?.active ? <RevokeForm requestId={r.id} who={r.email} /> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules" className="text-xl font-semibold">
          {t('rules.title')}
        </h2>
        <p className="mt-1 text-sm text-fg-muted">{t('rules.intro')}</p>
        <ul className="mt-3 list-none space-y-2 p-0">
          {rules.map((rule) => (
            <li key={rule.id} className="flex items-center gap-3 text-sm">
              <span className="font-mono">{rule.domain}</span>
              <span>{t('rules.days', { count: rule.expiryDays })}</span>

              <RemoveRuleForm ruleId={rule.id} domain={rule.domain} />
            </li>
          ))}
        </ul>
        <AddRuleForm />
      </section>
    </div>
  );
}
