// Graceful shutdown for server.mjs (issue 21, finding 6). On SIGTERM or SIGINT:
//  1. stop accepting connections, close idle keep-alive connections;
//  2. answer every request still arriving on an open connection, and every one in flight, with
//     `Connection: close`, and close each connection as soon as it falls idle;
//  3. once no connection is left (or after SHUTDOWN_TIMEOUT_SECONDS, when the stragglers are cut),
//     run `drain` (stop the background loops, close the database and its lock) and exit: 0 when every
//     request completed, 1 when the timeout had to cut some. A second signal exits at once.

/**
 * @param {import('node:http').Server} server
 * @param {{ timeoutMs: number, log: { info: Function, warn: Function, error: Function }, drain: () => Promise<void>, exit?: (code: number) => void }} options
 * @returns {{ track: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void, shutdown: (signal: string) => void }}
 */
export function gracefulShutdown(server, { timeoutMs, log, drain, exit = (code) => process.exit(code) }) {
  let stopping = false;
  /** @type {Set<import('node:http').ServerResponse>} */
  const inFlight = new Set();

  function track(req, res) {
    inFlight.add(res);
    if (stopping) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      // The connection of a finished request is idle now: close it rather than wait for another.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  }

  function shutdown(signal) {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal, inFlight: inFlight.size, timeoutSeconds: timeoutMs / 1000 }, 'shutting down: finishing requests in flight');
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    let cut = false;
    const timer = setTimeout(() => {
      cut = true;
      log.warn({ inFlight: inFlight.size }, 'shutdown timeout: closing the connections still open');
      server.closeAllConnections();
    }, timeoutMs);
    timer.unref();
    server.close(async () => {
      clearTimeout(timer);
      try {
        await drain();
        log.info({ cut }, 'shut down');
        exit(cut ? 1 : 0);
      } catch (err) {
        log.error({ err: { message: err?.message } }, 'shutdown: cleanup failed');
        exit(1);
      }
    });
    server.closeIdleConnections();
  }

  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  return { track, shutdown };
}

/** SHUTDOWN_TIMEOUT_SECONDS (lib/config.ts validates it for the app; server.mjs cannot import TypeScript). */
export function shutdownTimeoutMs(env = process.env) {
  const seconds = Number.parseInt(env.SHUTDOWN_TIMEOUT_SECONDS ?? '', 10);
  return (Number.isFinite(seconds) && seconds >= 1 && seconds <= 3600 ? seconds : 25) * 1000;
}
