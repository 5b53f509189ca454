// Small helpers shared by the start, dev and test orchestration scripts.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nextEnv from '@next/env';
import { addCompileHints } from './compile-hints.mjs';

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
  return spawnChild(cmd, args, opts, null).then(({ code }) => code);
}

/**
 * Like run(), but the child's stdout and stderr are kept (in the order they came) instead of shown:
 * for steps that run beside others, whose output is printed whole when each ends (runConcurrently).
 */
export function runCaptured(cmd, args, opts = {}) {
  return spawnChild(cmd, args, opts, []);
}

function spawnChild(cmd, args, opts, chunks) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...opts.env };
    // Piped output loses the terminal; keep the colours a developer would have seen.
    if (chunks && process.stdout.isTTY && !('FORCE_COLOR' in env) && !('NO_COLOR' in env)) env.FORCE_COLOR = '1';
    const stdio = chunks ? ['ignore', 'pipe', 'pipe'] : 'inherit';
    const child = spawn(cmd, args, { cwd: root, stdio, ...opts, env });
    if (chunks) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => chunks.push(chunk));
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
    let settled = false;
    const done = (code) => {
      if (settled) return;
      settled = true;
      clearInterval(orphanWatch);
      for (const s of FORWARDED) process.off(s, forward);
      resolve({ code, output: chunks ? Buffer.concat(chunks).toString() : '' });
    };
    // 'close', not 'exit', when capturing: the last output may still be in the pipes at exit.
    child.on(chunks ? 'close' : 'exit', (code, signal) =>
      done(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)),
    );
    child.on('error', () => done(127));
  });
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export async function runOrExit(label, cmd, args, opts) {
  const started = Date.now();
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✖ ${label} failed (exit ${code}, ${seconds(started)}).`);
    process.exit(code);
  }
  console.log(`✔ ${label} (${seconds(started)})`);
}

/**
 * Runs steps side by side ({ label, cmd, args, opts } each, or { label, task } for an async function that
 * resolves with an exit code and may print as it likes); each step's output is printed whole, under its
 * name and time, when it ends, so two steps never interleave. Waits for all of them (every failure gets
 * reported, not only the first), then exits with the first failure's code, if any.
 */
export async function runConcurrently(steps) {
  const started = Date.now();
  const codes = await Promise.all(
    steps.map(async (step) => {
      const since = Date.now();
      const { code, output } = step.task
        ? { code: await step.task(), output: '' }
        : await runCaptured(step.cmd, step.args, step.opts);
      const rule = '─'.repeat(Math.max(4, 60 - step.label.length));
      if (output) process.stdout.write(`\n── ${step.label} ${rule}\n${output}${output.endsWith('\n') ? '' : '\n'}`);
      if (code === 0) console.log(`✔ ${step.label} (${seconds(since)})`);
      // stdout like its output above, so that the two stay in order in a log that keeps them apart.
      else console.log(`✖ ${step.label} failed (exit ${code}, ${seconds(since)}).`);
      return code;
    }),
  );
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    console.error(`\n✖ ${codes.filter((c) => c !== 0).length} of ${steps.length} steps failed.`);
    process.exit(failed);
  }
  if (steps.length > 1) console.log(`✔ ${steps.map((s) => s.label).join(' + ')} (${seconds(started)} together)`);
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
  addCompileHints(distDir()); // scripts/compile-hints.mjs: V8 compiles the first-load chunks off the main thread
  fs.writeFileSync(stampFile(), hash);
}
