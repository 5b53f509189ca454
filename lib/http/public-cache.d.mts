import type { PublicCacheEntry } from './public-render.mjs';

export declare const PUBLIC_CACHE_CONTROL: string;
export declare function currentVersion(path: string): string;
export type CachedEntry = PublicCacheEntry & { version: string };
export type Lookup = { entry: CachedEntry; state: 'hit' | 'miss' | 'refreshed' | 'stale' } | null;
export interface PublicCache {
  lookup(key: string): Promise<Lookup>;
  stats(): { entries: number; bytes: number; negative: number; inflight: number };
  clear(): void;
}
export declare function createPublicCache(opts: {
  render: (key: string) => Promise<PublicCacheEntry | null>;
  maxBytes?: number;
  maxVariantsPerPath?: number;
  versionOf?: (path: string) => string;
  log?: { warn: (obj: object, msg: string) => void };
}): PublicCache;
export declare function notModified(ifNoneMatch: string | undefined, etag: string): boolean;
export declare function sendEntry(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  found: NonNullable<Lookup>,
): void;
