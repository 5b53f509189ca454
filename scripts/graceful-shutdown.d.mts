import type { IncomingMessage, Server, ServerResponse } from 'node:http';

type LogFn = (obj: object, msg: string) => void;
export function gracefulShutdown(
  server: Server,
  options: {
    timeoutMs: number;
    log: { info: LogFn; warn: LogFn; error: LogFn };
    drain: () => Promise<void>;
    exit?: (code: number) => void;
  },
): { track(req: IncomingMessage, res: ServerResponse): void; shutdown(signal: string): void };
export function shutdownTimeoutMs(env?: Record<string, string | undefined>): number;
