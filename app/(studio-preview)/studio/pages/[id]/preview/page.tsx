import type { Metadata } from 'next';
import { PreviewLinks } from '@/components/studio/preview-links';
import { DocArticle } from '@/components/trust/doc-article';
import { TrustShell } from '@/components/trust/trust-shell';
import { requirePermission } from '@/lib/dal';
import { getConsoleTranslator } from '@/lib/i18n/console';
import { getDraftPreview } from '@/lib/studio/get-draft-preview';
import { pageOrNotFound } from '@/app/(studio)/studio/pages/load';
import { pathParam } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('studio.preview');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * The draft as prospects will see it: the public pipeline's Site with this page replaced, rendered by the
 * public components. Framed by the editor (proxy.ts allows 'self' for exactly this path).
 */
export default async function DraftPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:edit');
  const id = pathParam((await params).id);
  const preview = await pageOrNotFound(() => getDraftPreview(ctx, { pageId: id }));
  if (!preview.ok) {
    const t = await getConsoleTranslator('studio.preview');
    return (
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold">{t('cannotRender')}</h1>
        <p className="text-fg-muted">{t('fixInEditor')}</p>
        <ul className="space-y-1">
          {preview.issues.map((issue, i) => (
            <li key={i} className="rounded-md border-l-4 border-danger bg-bg-subtle px-3 py-1.5 text-sm">
              <span className="font-semibold">{t('line', { line: issue.line })}</span> {issue.message}
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <TrustShell nav={preview.site.nav} current={preview.page.route}>
      <PreviewLinks />
      <DocArticle site={preview.site} page={preview.page} />
    </TrustShell>
  );
}
