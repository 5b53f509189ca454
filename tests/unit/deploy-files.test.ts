// The Dockerfile and compose.yaml cannot be built here (no image registry), so this test holds them to
// what can be checked: every command they run is either an npm script whose work CI exercises, or one
// of a short list of plain system commands. A new RUN line with, say, `curl | sh` fails here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Plain system commands the deployment files may run (image set-up, probes, the data services). */
const SYSTEM_COMMANDS = new Set([
  'groupadd',
  'useradd',
  'mkdir',
  'chown',
  'node',
  'pg_isready',
  'redis-server',
  'redis-cli',
  'grep',
]);

/** Splits a shell command line into simple commands (&&, ||, ;, |) and returns each one's words. */
function simpleCommands(line: string): string[][] {
  return line
    .split(/&&|\|\||;|\|/)
    .map((c) => c.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** argv lists of every RUN, CMD, ENTRYPOINT and HEALTHCHECK of a Dockerfile (continuation lines joined). */
function dockerfileCommands(text: string): { instruction: string; commands: string[][] }[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const out: { instruction: string; commands: string[][] }[] = [];
  for (const line of logical) {
    const m = /^(RUN|CMD|ENTRYPOINT|HEALTHCHECK)\s+(.*)$/i.exec(line);
    if (!m) continue;
    let instruction = m[1]!.toUpperCase();
    let rest = m[2]!;
    if (instruction === 'HEALTHCHECK') {
      if (/^NONE$/i.test(rest)) continue;
      rest = rest.replace(/^(--\S+\s+)*/, '');
      const cmd = /^CMD\s+(.*)$/i.exec(rest);
      if (!cmd) throw new Error(`HEALTHCHECK without CMD: ${line}`);
      rest = cmd[1]!;
      instruction = 'HEALTHCHECK';
    }
    rest = rest.replace(/^--\S+\s+/g, ''); // RUN --mount=… options
    out.push({ instruction, commands: rest.startsWith('[') ? [JSON.parse(rest) as string[]] : simpleCommands(rest) });
  }
  return out;
}

/** argv lists of every service's command, entrypoint and health check in a compose file. */
function composeCommands(text: string): { where: string; commands: string[][] }[] {
  const doc = YAML.parse(text) as { services: Record<string, Record<string, unknown>> };
  const out: { where: string; commands: string[][] }[] = [];
  for (const [name, svc] of Object.entries(doc.services)) {
    for (const key of ['command', 'entrypoint'] as const) {
      const v = svc[key];
      if (v !== undefined)
        out.push({ where: `${name}.${key}`, commands: Array.isArray(v) ? [v as string[]] : simpleCommands(String(v)) });
    }
    const test = (svc.healthcheck as { test?: string | string[] } | undefined)?.test;
    if (test !== undefined) {
      const argv = Array.isArray(test) ? test : ['CMD-SHELL', test];
      out.push({
        where: `${name}.healthcheck`,
        commands:
          argv[0] === 'CMD-SHELL' ? simpleCommands(argv.slice(1).join(' ')) : [argv.slice(argv[0] === 'CMD' ? 1 : 0)],
      });
    }
  }
  return out;
}

const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/**
 * Why CI exercises an npm script's work, checked against the repository rather than asserted:
 * `.ci/run` runs `npm ci` and `npm test`; `npm test` (scripts/test.mjs) ends with scripts/e2e.mjs.
 */
const CI_EVIDENCE: Record<string, () => void> = {
  ci: () => expect(read('.ci/run')).toMatch(/^\s*(if ! )?npm ci\b/m),
  build: () => {
    // npm run build = buildNow(), which the end-to-end run calls through buildIfStale().
    expect(pkg.scripts.build).toBe('node scripts/build.mjs');
    expect(read('scripts/build.mjs')).toContain('await buildNow()');
    expect(read('scripts/lib.mjs')).toMatch(/export async function buildIfStale\(\)[\s\S]*?await buildNow\(\)/);
    expect(read('scripts/e2e.mjs')).toContain('await buildIfStale()');
    expect(read('scripts/test.mjs')).toContain('scripts/e2e.mjs');
  },
  start: () => {
    // npm start = scripts/start.mjs; the end-to-end server (scripts/e2e-server.mjs) runs the same steps.
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    const start = read('scripts/start.mjs');
    const e2e = read('scripts/e2e-server.mjs');
    const steps = [...start.matchAll(/'(scripts\/[\w.-]+\.(?:ts|mjs)|server\.mjs)'/g)].map((m) => m[1]!);
    expect(steps).toContain('scripts/db-migrate.ts');
    expect(steps).toContain('server.mjs');
    for (const step of steps)
      expect(e2e, `${step} is run by npm start but not by the CI's end-to-end server`).toContain(`'${step}'`);
  },
};

function checkCommand(argv: string[], where: string): void {
  const [cmd, sub, script] = argv;
  if (cmd === 'npm') {
    const name = sub === 'run' || sub === 'run-script' ? script! : sub!;
    expect(sub === 'ci' || name in pkg.scripts, `${where}: npm ${argv.slice(1).join(' ')} is not an npm script`).toBe(
      true,
    );
    expect(CI_EVIDENCE[name], `${where}: npm script "${name}" is not one CI runs`).toBeDefined();
    CI_EVIDENCE[name]!();
    return;
  }
  expect(
    SYSTEM_COMMANDS.has(cmd!),
    `${where}: "${argv.join(' ')}" runs ${cmd}, which is neither an npm script nor a listed system command`,
  ).toBe(true);
}

describe('deployment files', () => {
  const dockerfile = read('Dockerfile');
  const compose = read('compose.yaml');

  it('every command the Dockerfile runs is an npm script CI exercises or a listed system command', () => {
    const found = dockerfileCommands(dockerfile);
    expect(found.map((f) => f.instruction)).toEqual(expect.arrayContaining(['RUN', 'CMD', 'HEALTHCHECK']));
    for (const { instruction, commands } of found)
      for (const argv of commands) checkCommand(argv, `Dockerfile ${instruction}`);
  });

  it('every command compose.yaml runs is an npm script CI exercises or a listed system command', () => {
    const found = composeCommands(compose);
    expect(found.length).toBeGreaterThan(0);
    for (const { where, commands } of found) for (const argv of commands) checkCommand(argv, `compose.yaml ${where}`);
  });

  it('the image is multi-stage, runs as a non-root user, checks /api/health and downloads nothing at run time', () => {
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER (?!root\b|0\b)\w+/m);
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
    // The runtime stage installs nothing: no npm install/ci, no apt, no curl/wget.
    expect(runtime).not.toMatch(/npm (ci|install|i)\b|apt-get|apk add|curl|wget/);
  });

  it('compose requires its secrets with a message instead of starting with empty ones', () => {
    for (const v of ['POSTGRES_PASSWORD', 'REDIS_PASSWORD', 'AUTH_SECRET', 'MFA_ENCRYPTION_KEYS', 'APP_URL']) {
      expect(compose).toMatch(new RegExp(`\\$\\{${v}:\\?[^}]+\\}`));
    }
    const services = Object.keys((YAML.parse(compose) as { services: object }).services);
    expect(services).toEqual(expect.arrayContaining(['app', 'postgres', 'redis']));
  });

  it('the checker itself catches a command that is neither', () => {
    const bad = dockerfileCommands('FROM x\nRUN apt-get update && \\\n  curl https://example.com/x.sh | sh\n');
    expect(() => bad.forEach(({ commands }) => commands.forEach((c) => checkCommand(c, 'test')))).toThrow(/apt-get/);
    expect(() => checkCommand(['npm', 'run', 'bench:mfa'], 'test')).toThrow(/not one CI runs/);
  });
});
