export declare const QUERY_CONTRACTS: Record<string, string[]>;
export declare function isRegisterPath(path: string): boolean;
export declare function publicCacheKey(req: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): string | null;
export declare function normalisePath(path: string): string | null;
export declare function withoutLocalePrefix(path: string): string;
