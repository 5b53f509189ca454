// Small helpers shared by the start, dev and test orchestration scripts.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nextEnv from '@next/env';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// The same .env files Next.js reads, so migrate/seed and the server agree on DATA_DIR and DATABASE_URL.
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });

const FORWARDED = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/**
 * Runs a command with inherited stdio; resolves with its exit code. While it runs, SIGTERM, SIGINT and
 * SIGHUP sent to this process are passed on to it and this process waits for it to end: a supervisor
 * or container runtime signalling `npm start` must stop the server too, never orphan it (issue 21).
 * A child ended by a signal resolves 128 + the signal's number, as a shell reports it.
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
    const forward = (signal) => {
      // Ctrl-C reaches the whole foreground process group already; a second copy would count as a
      // "second signal" and cut the server's graceful shutdown short.
      if (signal === 'SIGINT' && process.stdin.isTTY) return;
      child.kill(signal);
    };
    for (const s of FORWARDED) process.on(s, forward);
    // npm runs scripts through `sh -c`, and a SIGTERM that npm passes on ends that shell without
    // reaching us; so is a killed npm. Either way we are re-parented: stop the child as if signalled.
    const parent = process.ppid;
    const orphanWatch = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(orphanWatch);
      child.kill('SIGTERM');
    }, 250);
    const done = (code) => {
      clearInterval(orphanWatch);
      for (const s of FORWARDED) process.off(s, forward);
      resolve(code);
    };
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)));
    child.on('error', () => done(127));
  });
}

export async function runOrExit(label, cmd, args, opts) {
  const started = Date.now();
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✖ ${label} failed (exit ${code}).`);
    process.exit(code);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export const npx = (bin) => path.join(root, 'node_modules', '.bin', bin);

// What a production build depends on; a change to any of these makes the build stale.
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
];
const SKIP = new Set(['generated', 'node_modules', '.DS_Store']);

function hashTree(hash, p) {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) hashTree(hash, path.join(p, name));
  } else {
    hash.update(path.relative(root, p));
    hash.update(fs.readFileSync(p));
  }
}

export function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const input of BUILD_INPUTS) hashTree(hash, path.join(root, input));
  return hash.digest('hex');
}

export const distDir = () => path.join(root, process.env.NEXT_DIST_DIR || '.next');
const stampFile = () => path.join(distDir(), 'trust-center-source-hash');

export function buildIsFresh() {
  try {
    return fs.readFileSync(stampFile(), 'utf8') === sourceHash() && fs.existsSync(path.join(distDir(), 'BUILD_ID'));
  } catch {
    return false;
  }
}

export async function buildIfStale() {
  if (buildIsFresh()) {
    console.log('✔ Build is up to date');
    return;
  }
  console.log('Building the application (first start or sources changed)…');
  await buildNow();
}

/** `next build`, then the stamp that tells buildIfStale the build matches the sources (npm run build too). */
export async function buildNow() {
  const hash = sourceHash();
  await runOrExit('Build', npx('next'), ['build'], { env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
  fs.writeFileSync(stampFile(), hash);
}
