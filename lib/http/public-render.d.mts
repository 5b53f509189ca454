export interface RenderedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
export interface PublicCacheEntry {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  etag: string;
  gzip?: Buffer | null;
  gzipEtag?: string | null;
}
export declare function staticIntegrity(distDir: string): (src: string) => Promise<string | null>;
export declare function cspWithHashes(
  csp: string,
  marker: string,
  hashes: { scriptHashes: string[]; styleHashes: string[] },
): string;
export declare function toCacheEntry(
  rendered: RenderedResponse,
  opts: { marker: string; integrityOf: (src: string) => Promise<string | null> },
): Promise<PublicCacheEntry | null>;
