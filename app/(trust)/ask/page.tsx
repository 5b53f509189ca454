import type { Metadata } from 'next';
import { AskForm } from '@/components/answers/ask-form';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';

export const metadata: Metadata = {
  title: 'Ask a security question',
  description: 'Ask a security question and get our published answer with its source.',
  alternates: { canonical: '/ask' },
};

/** The empty box is the same for everyone (cacheable); an answer is the POST's own response. */
export default async function AskPage() {
  const site = await getSite();
  const { securityContact } = getConfig();
  const contactLabel = securityContact.replace(/^mailto:/, '');
  return (
    <TrustShell nav={site.nav} current="/ask">
      <div className="max-w-3xl">
        <Breadcrumbs items={[HOME_CRUMB, { href: '/ask', label: 'Ask a security question' }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Ask a security question</h1>
        <p className="mt-3 text-lg text-fg-muted">
          Working through a security questionnaire? Ask in your own words: we answer from the statements our security
          team has approved for publication, with a link to where each comes from.
        </p>
        <div className="mt-6">
          <AskForm contactHref={securityContact} contactLabel={contactLabel} />
        </div>
      </div>
    </TrustShell>
  );
}
