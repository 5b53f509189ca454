import { getConfig } from '@/lib/config';
import { AskForm } from './ask-form';

/** The "Ask a security question" box under the FAQ and the search page (the same form as /ask). */
export function AskBox() {
  const { securityContact } = getConfig();
  return (
    <aside className="mt-10 max-w-3xl rounded-md border border-border bg-bg-subtle p-4" aria-label="Security questions">
      <p className="mb-3 text-sm text-fg-muted">
        Did not find it? Ask in your own words and get our published answer with its source.
      </p>
      <AskForm contactHref={securityContact} contactLabel={securityContact.replace(/^mailto:/, '')} />
    </aside>
  );
}
