// `npm run lint` keeps the house's boundaries (docs/ARCHITECTURE.md): each rule is shown failing on a
// deliberate violation, linted with the repository's own eslint.config.mjs at a virtual path, next to the
// allowed form it must leave alone. The format check is shown failing on a badly formatted snippet.
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids ESLint reports for `code` placed at `file` (relative to the repository). */
async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath: path.join(root, file) });
  return results.flatMap((result) => result.messages).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('import boundaries', { timeout: 120_000 }, () => {
  it('components/ never imports @/lib/db', async () => {
    const code = "import { db } from '@/lib/db';\nexport const count = () => db().user.count();\n";
    expect(await ruleIdsFor('components/example/widget.tsx', code)).toContain(
      'boundaries/no-data-access-in-components',
    );
  });

  it('components/ never calls a use-case (a lib module that reads the database); its types are fine', async () => {
    const value =
      "import { ipAccessContacts } from '@/lib/ip-access/refusal-contacts';\nexport const load = ipAccessContacts;\n";
    expect(await ruleIdsFor('components/example/widget.tsx', value)).toContain(
      'boundaries/no-data-access-in-components',
    );
    const typeOnly =
      "import type { ipAccessContacts } from '@/lib/ip-access/refusal-contacts';\nexport type Load = typeof ipAccessContacts;\n";
    expect(await ruleIdsFor('components/example/widget.tsx', typeOnly)).toEqual([]);
  });

  it('lib/ never imports app/ or components/', async () => {
    const fromComponents = "import { Button } from '@/components/ui/button';\nexport const b = Button;\n";
    expect(await ruleIdsFor('lib/example/use-case.ts', fromComponents)).toContain('no-restricted-imports');
    const fromApp = "import Forbidden from '@/app/forbidden';\nexport const f = Forbidden;\n";
    expect(await ruleIdsFor('lib/example/use-case.ts', fromApp)).toContain('no-restricted-imports');
  });

  it("a 'use client' file never imports a server-only module, directly or through lib/", async () => {
    const direct = "'use client';\nimport { getCtx } from '@/lib/dal';\nexport const c = getCtx;\n";
    expect(await ruleIdsFor('components/example/form.tsx', direct)).toContain('boundaries/no-server-only-in-client');
    // lib/ip-access/refusal-contacts.ts has no `import 'server-only'` of its own: it reaches @/lib/db.
    const transitive =
      "'use client';\nimport { ipAccessContacts } from '@/lib/ip-access/refusal-contacts';\nexport const c = ipAccessContacts;\n";
    expect(await ruleIdsFor('app/example/form.tsx', transitive)).toContain('boundaries/no-server-only-in-client');
  });

  it("a 'use client' file may import server actions, types and client-safe lib modules", async () => {
    const allowed = [
      "'use client';",
      "import { signOutFromRefusedAddress } from '@/app/(account)/account/ip-access/actions';",
      "import type { Ctx } from '@/lib/context';",
      "import { formatDate } from '@/lib/ui/format';",
      'export const all = [signOutFromRefusedAddress, formatDate];',
      'export type C = Ctx;',
      '',
    ].join('\n');
    expect(await ruleIdsFor('components/example/form.tsx', allowed)).toEqual([]);
  });

  it("server actions live only in app/**/actions.ts: 'use server' anywhere else fails", async () => {
    const action = "'use server';\nexport async function save() {}\n";
    expect(await ruleIdsFor('lib/example/actions.ts', action)).toContain('boundaries/server-actions-in-app');
    expect(await ruleIdsFor('components/example/actions.ts', action)).toContain('boundaries/server-actions-in-app');
    expect(await ruleIdsFor('app/example/save.ts', action)).toContain('boundaries/server-actions-in-app');
    const inline = "export function Form() {\n  async function save() {\n    'use server';\n  }\n  return save;\n}\n";
    expect(await ruleIdsFor('app/example/page.tsx', inline)).toContain('boundaries/server-actions-in-app');
    expect(await ruleIdsFor('app/example/actions.ts', action)).toEqual([]);
  });
});

describe('format check', () => {
  it('npm run lint runs the format check, and Prettier refuses a badly formatted file', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.lint).toContain('format:check');
    expect(pkg.scripts['format:check']).toMatch(/^prettier --check/);

    const filepath = path.join(root, 'lib/example/format.ts');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    expect(options.printWidth).toBe(120);
    expect(await prettier.check('export const   x = {a:1,b:"two"}\n', options)).toBe(false);
    expect(await prettier.check("export const x = { a: 1, b: 'two' };\n", options)).toBe(true);
  });

  it('one form hook: only useFormAction uses useSudo; a component asks for { sudo } instead', async () => {
    const direct = [
      "'use client';",
      "import { useSudo } from '@/components/auth/use-sudo';",
      'export const s = useSudo;',
      '',
    ].join('\n');
    expect(await ruleIdsFor('components/example/panel.tsx', direct)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('app/example/panel.tsx', direct)).toContain('no-restricted-imports');
    const relative = "'use client';\nimport { useSudo } from './use-sudo';\nexport const s = useSudo;\n";
    expect(await ruleIdsFor('components/auth/panel.tsx', relative)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('components/ui/use-form-action.ts', direct)).toEqual([]);
    const hook = [
      "'use client';",
      "import { useFormAction } from '@/components/ui/use-form-action';",
      'export const h = useFormAction;',
      '',
    ].join('\n');
    expect(await ruleIdsFor('components/example/panel.tsx', hook)).toEqual([]);
  });
});
