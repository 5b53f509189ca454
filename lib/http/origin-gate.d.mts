export declare const CROSS_ORIGIN_MESSAGE: string;
export declare function crossOriginRefusal(
  req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  opts?: { appOrigin?: string | null },
): string | null;
export declare function writeCrossOriginRefusal(res: import('node:http').ServerResponse): void;
export declare function refuseCrossOrigin(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  opts?: { appOrigin?: string | null; log?: { warn: (obj: object, msg: string) => void }; requestId?: string },
): boolean;
