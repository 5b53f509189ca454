import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { formatSize } from '@/components/documents/document-card';
import { PlainPage } from '@/components/documents/plain-page';
import { getViewerDocuments } from '@/lib/documents/get-viewer-documents';
import { viewerCookie } from '@/lib/documents/viewer-cookie';
import { formatDate } from '@/lib/ui/format';
import { anonymousRequestCtx } from '../request-ctx';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.viewer');
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** The viewer session's page: granted documents only, each with a signed link that lives a few minutes. */
export default async function ViewerPage() {
  const token = (await cookies()).get(viewerCookie().name)?.value;
  const view = await getViewerDocuments(await anonymousRequestCtx(), { sessionToken: token });
  const locale = await getRequestLocale();
  if (!view.ok) redirect(`${hrefIn(locale, '/documents/access-ended')}?reason=${view.reason}`);
  const t = getTranslator(locale, 'documentFlow.viewer');
  return (
    <PlainPage title={t('heading')}>
      <p>
        {t('shared', {
          name: view.viewer.name,
          email: view.viewer.email,
          company: view.viewer.company,
          until: formatDate(view.expiresAt, locale),
        })}
      </p>
      <ul className="list-none space-y-3 p-0">
        {view.documents.map((d) => (
          <li key={d.id} className="rounded-lg border border-border p-4">
            <p className="m-0 font-semibold">{d.title}</p>
            <p className="m-0 text-sm text-fg-muted">
              {t('version', { version: d.version })}
              {d.file ? ` · ${formatSize(d.file.size)}` : ''}
            </p>
            {d.href ? (
              <a
                href={d.href}
                className="mt-2 inline-flex rounded-md border border-border px-3 py-1.5 text-sm font-medium"
              >
                {t('download')}
                <span className="sr-only">: {d.title}</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </PlainPage>
  );
}
