export declare const SIGNED_IN_HINT_COOKIE: string;
export declare function keepSignedInHint(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  opts: { secure: boolean },
): void;
