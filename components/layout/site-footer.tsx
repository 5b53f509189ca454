import Link from 'next/link';

export function SiteFooter({ brandName, securityContact }: { brandName: string; securityContact: string }) {
  const year = new Date().getUTCFullYear();
  return (
    <footer className="no-print mt-auto border-t border-border bg-bg-subtle">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-fg-muted">
        <p>
          © {year} {brandName}. Security questions:{' '}
          <a href={securityContact}>{securityContact.replace(/^mailto:/, '')}</a>
        </p>
        <p>
          <Link href="/changelog">Changelog</Link> · Found a vulnerability? See our{' '}
          <a href="/.well-known/security.txt">security.txt</a>.
        </p>
      </div>
    </footer>
  );
}
