import net from 'node:net';

/** How long a connection that has not sent a request yet may still send one once shutdown began. */
const IDLE_GRACE_MS = 2000;
/** Signals closer together than this are one signal delivered twice. */
const DUPLICATE_SIGNAL_MS = 1000;

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
  /** Per connection: requests in progress, requests answered. @type {Map<import('node:net').Socket, { active: number, served: number }>} */
  const connections = new Map();

  server.on('connection', (socket) => {
    connections.set(socket, { active: 0, served: 0 });
    socket.on('close', () => connections.delete(socket));
  });

  function track(req, res) {
    const socket = req.socket;
    const state = connections.get(socket) ?? { active: 0, served: 0 };
    state.active++;
    inFlight.add(res);
    if (stopping) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      state.active--;
      state.served++;
      // An idle keep-alive connection during shutdown: close it rather than wait for another request.
      if (stopping && state.active === 0) socket.end();
    });
  }

  let stoppingSince = 0;
  function shutdown(signal) {
    // A signal to the whole process group (systemd, a terminal) reaches us twice: directly and forwarded
    // by the npm wrapper. Only a second signal a moment later means "stop now".
    if (stopping && Date.now() - stoppingSince < DUPLICATE_SIGNAL_MS) return;
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
      exit(1);
      return;
    }
    stopping = true;
    stoppingSince = Date.now();
    log.info(
      { signal, inFlight: inFlight.size, timeoutSeconds: timeoutMs / 1000 },
      'shutting down: finishing requests in flight',
    );
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    let cut = false;
    const timer = setTimeout(() => {
      cut = inFlight.size > 0;
      if (cut) log.warn({ inFlight: inFlight.size }, 'shutdown timeout: closing the connections still open');
      server.closeAllConnections();
    }, timeoutMs);
    timer.unref();
    // net.Server's close, not http.Server's: the latter also drops every connection without a request in
    // progress, including one just accepted whose request has not been read yet — that client sent its
    // request before the signal and would get a reset. Such a connection gets its answer (with
    // `Connection: close`); one that sends nothing within a grace period is closed.
    net.Server.prototype.close.call(server, async () => {
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
    for (const [socket, state] of connections) if (state.active === 0 && state.served > 0) socket.end();
    setTimeout(
      () => {
        const silent = [...connections].filter(([, state]) => state.active === 0);
        if (silent.length)
          log.info({ connections: silent.length }, 'shutdown: closing connections that sent no request');
        for (const [socket] of silent) socket.destroy();
      },
      Math.min(IDLE_GRACE_MS, timeoutMs),
    ).unref();
  }

  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  return { track, shutdown };
}

/** SHUTDOWN_TIMEOUT_SECONDS (lib/config/ validates it for the app; server.mjs cannot import TypeScript). */
export function shutdownTimeoutMs(env = process.env) {
  const seconds = Number.parseInt(env.SHUTDOWN_TIMEOUT_SECONDS ?? '', 10);
  return (Number.isFinite(seconds) && seconds >= 1 && seconds <= 3600 ? seconds : 25) * 1000;
}
