export declare const CROSS_ORIGIN_MESSAGE: string;
export declare function crossOriginRefusal(
  req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  opts?: { appOrigin?: string | null },
): string | null;
export declare function writeCrossOriginRefusal(res: import('node:http').ServerResponse): void;
