import Link from 'next/link';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { CopyLink } from './copy-link';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';

// Markdown's own elements, styled for reading. Headings get their stable id from the compiler and a
// copy-link next to them (outside the heading, so its name stays the heading's text alone).

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node)
    return textOf((node.props as { children?: ReactNode }).children);
  return '';
}

function Heading({ as: Tag, id, children }: { as: 'h2' | 'h3'; id?: string; children?: ReactNode }) {
  // Short classes (.trust-heading, .trust-copy-link in app/(trust)/trust.css): every heading is shipped twice.
  return (
    <div className="trust-heading">
      <Tag id={id}>{children}</Tag>
      {id ? <CopyLink id={id} label={textOf(children)} /> : null}
    </div>
  );
}

export const H2 = (props: { id?: string; children?: ReactNode }) => <Heading as="h2" {...props} />;
export const H3 = (props: { id?: string; children?: ReactNode }) => <Heading as="h3" {...props} />;

/**
 * Site-relative links navigate within the app, in the page's language (a translation keeps the English
 * paths: /de/… is added here); external ones do not leak the referrer.
 */
export async function Anchor({ href = '', children }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/'))
    return (
      <Link prefetch={false} href={hrefIn(await getRequestLocale(), href)}>
        {children}
      </Link>
    );
  if (href.startsWith('https://')) {
    return (
      <a href={href} rel="noopener noreferrer" className="break-words">
        {children}
      </a>
    );
  }
  return <a href={href}>{children}</a>;
}

// Paragraphs and lists carry no class: .trust-prose (app/(trust)/trust.css) styles them in a content body,
// since every class would be shipped twice (HTML and React payload) for every element of every page.
export const P = ({ children }: { children?: ReactNode }) => <p>{children}</p>;
export const Ul = ({ children }: { children?: ReactNode }) => <ul>{children}</ul>;
export const Ol = ({ children }: { children?: ReactNode }) => <ol>{children}</ol>;
export const Li = ({ children }: { children?: ReactNode }) => <li>{children}</li>;
export const Blockquote = ({ children }: { children?: ReactNode }) => (
  <blockquote className="my-6 border-l-4 border-border pl-4 text-fg-muted">{children}</blockquote>
);
export const Hr = () => <hr className="my-10 border-border" />;
export const InlineCode = ({ children }: { children?: ReactNode }) => (
  <code className="rounded bg-bg-subtle px-1 py-0.5 font-mono text-[0.9em] break-words">{children}</code>
);
export const Pre = ({ children }: { children?: ReactNode }) => (
  <pre
    tabIndex={0}
    className="my-6 overflow-x-auto rounded-lg border border-border bg-bg-subtle p-4 text-sm [&>code]:bg-transparent [&>code]:p-0"
  >
    {children}
  </pre>
);
// Only site-relative images pass the compiler, and the CSP allows nothing else.
export const Img = ({ src, alt }: { src?: string; alt?: string }) => (
  // eslint-disable-next-line @next/next/no-img-element
  <img src={src} alt={alt ?? ''} className="my-6 max-w-full rounded-lg" />
);
