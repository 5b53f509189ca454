// The published version of the public site, read by server.mjs's page cache (lib/http/public-cache.mjs)
// through a process-wide symbol (the cache lives outside Next's bundles). Bumped after the new content is
// in place — the content snapshot rebuilt, the register cache dropped — so a re-render sees it.

const KEY = Symbol.for('trust-center.public-version');

type PublicVersion = { content: number; register: number };

function slot(): PublicVersion {
  const g = globalThis as unknown as Record<symbol, PublicVersion | undefined>;
  return (g[KEY] ??= { content: 0, register: 0 });
}

/** `content`: every public page (they share navigation, documents, the changelog); `register`: /subprocessors… only. */
export function bumpPublicVersion(scope: 'content' | 'register'): void {
  slot()[scope] += 1;
}

export function publicVersion(): Readonly<PublicVersion> {
  return { ...slot() };
}
