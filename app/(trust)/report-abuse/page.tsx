import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportAbuseForm } from '@/components/trust/report-abuse-form';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';

export const metadata: Metadata = {
  title: 'Report abuse',
  description: 'Report spam, phishing or fraud sent through our platform, or a message pretending to come from us.',
  alternates: { canonical: '/report-abuse' },
};

export default async function ReportAbusePage() {
  const site = await getSite();
  const { abuseEmail, brand } = getConfig();
  return (
    <TrustShell nav={site.nav} current="/report-abuse">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[
            HOME_CRUMB,
            { href: '/abuse-prevention', label: 'Abuse prevention' },
            { href: '/report-abuse', label: 'Report abuse' },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Report abuse</h1>
        <p className="mt-3 text-lg text-fg-muted">
          Received spam, phishing or a scam that was sent through {brand.name}, or a message pretending to come from us?
          Tell us here and our Trust &amp; Safety team will look into it. Phishing reports are triaged around the clock.
        </p>
        <div className="mt-6 rounded-md border border-border bg-bg-subtle px-4 py-3 text-sm">
          <p className="font-semibold">What helps us most</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>For a message: its full headers (in most mail apps under “Show original” or “View source”).</li>
            <li>For a website: its full address, copied from the address bar. Please do not open it again.</li>
          </ul>
          <p className="mt-2">
            Not sure whether a message is really from us? See{' '}
            <Link prefetch={false} href="/abuse-prevention/suspicious-messages">
              Recognising suspicious messages
            </Link>
            .
          </p>
        </div>
        <ReportAbuseForm />
        <p className="mt-8 text-sm text-fg-muted">
          You can also forward the message as an attachment to <a href={`mailto:${abuseEmail}`}>{abuseEmail}</a>. We use
          the details you give only to investigate the report; your email address is optional and only used to reply to
          you.
        </p>
      </div>
    </TrustShell>
  );
}
