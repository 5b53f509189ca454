'use client';

import { useState, type MouseEvent } from 'react';
import { CheckIcon, LinkIcon } from './icons';

/**
 * A link to a section (`#id`) that, with JavaScript, also copies the section's full address to the
 * clipboard and says so. Without JavaScript it is an ordinary anchor link. Styled by .trust-copy-link
 * (app/(trust)/trust.css), a short class because headings and FAQ answers repeat it.
 */
export function CopyLink({ id, label, className }: { id: string; label: string; className?: string }) {
  const [copied, setCopied] = useState(false);

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const url = `${location.origin}${location.pathname}#${id}`;
    history.replaceState(null, '', `#${id}`);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      location.hash = id; // clipboard refused: at least the address bar shows the link
    }
  }

  return (
    <a
      href={`#${id}`}
      onClick={onClick}
      aria-label={`Copy link to “${label}”`}
      title="Copy link to this section"
      className={className ? `trust-copy-link ${className}` : 'trust-copy-link'}
    >
      {copied ? <CheckIcon className="h-4 w-4 text-ok" /> : <LinkIcon className="h-4 w-4" />}
      <span role="status" className="sr-only">
        {copied ? 'Link copied' : ''}
      </span>
    </a>
  );
}
