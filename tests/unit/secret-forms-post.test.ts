import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A static sweep (issue 21, finding 0): a <form> that carries a password, a code or a token must POST
// even before its JavaScript has loaded. A form without `method`/`action` is submitted by the browser as
// GET, with every field in the URL (history, proxies, access logs). Accepted: the shared pattern
// `{...formProps}` (components/ui/use-form-action.ts), a server action as `action={…}`, or method="post".

const ROOTS = ['components', 'app'];
const SECRET_INPUT =
  /type="password"|name="(?:password|currentPassword|newPassword|confirmPassword|code|token|ticket|secret)"|<NewPasswordFields\b|<TotpCodeField\b/;
const POSTS = /\{\.\.\.(?:\w+\.)?formProps\}|\baction=\{|\bmethod=["']post["']/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.tsx') ? [full] : [];
  });
}

/** Every <form …> in a file: its opening tag (braces balanced: `=>` inside a handler is no tag end) and body. */
function formsIn(source: string): { tag: string; body: string; line: number }[] {
  const forms: { tag: string; body: string; line: number }[] = [];
  const re = /<form[\s>]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(source))) {
    let depth = 0;
    let i = match.index + 5;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    const close = source.indexOf('</form>', i);
    forms.push({
      tag: source.slice(match.index, i + 1),
      body: source.slice(i + 1, close === -1 ? undefined : close),
      line: source.slice(0, match.index).split('\n').length,
    });
  }
  return forms;
}

describe('forms that carry a secret post, with or without JavaScript', () => {
  const forms = ROOTS.flatMap(sourceFiles).flatMap((file) =>
    formsIn(readFileSync(file, 'utf8')).map((f) => ({ ...f, file })),
  );
  const secretForms = forms.filter((f) => SECRET_INPUT.test(f.body) || SECRET_INPUT.test(f.tag));

  it('finds the secret-carrying forms (the sweep itself works)', () => {
    const files = new Set(secretForms.map((f) => f.file.split(path.sep).join('/')));
    for (const expected of [
      'components/auth/login-form.tsx',
      'components/auth/second-factor-forms.tsx',
      'components/auth/reset-password-form.tsx',
      'components/account/change-password-form.tsx',
      'components/users/accept-invitation-form.tsx',
      'components/auth/reauth-dialog.tsx',
      'components/mfa/second-factor-step.tsx',
      'components/mfa/totp-panel.tsx',
    ]) {
      expect(files).toContain(expected);
    }
  });

  it('no form with a password, code or token input can be submitted as GET', () => {
    const offenders = secretForms.filter((f) => !POSTS.test(f.tag)).map((f) => `${f.file}:${f.line}`);
    expect(offenders).toEqual([]);
  });

  it('the API key form posts too: the key is shown once, in the answer to a POST', () => {
    const file = 'components/api-keys/create-key-form.tsx';
    const found = formsIn(readFileSync(file, 'utf8'));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.tag).toMatch(POSTS);
  });

  it('[R28] every other form posts too (issue 20): only an explicit method="get" search form may be a GET', () => {
    const explicitGet = /\bmethod=["']get["']/i;
    const offenders = forms
      .filter((f) => !POSTS.test(f.tag) && !explicitGet.test(f.tag))
      .map((f) => `${f.file}:${f.line}`);
    expect(forms.length).toBeGreaterThan(40);
    expect(offenders).toEqual([]);
  });

  it('the sweep tells a GET form from a POST one', () => {
    const [getForm] = formsIn(
      '<form onSubmit={(e) => { e.preventDefault(); }} className="x"><input type="password" name="password" /></form>',
    );
    expect(getForm && SECRET_INPUT.test(getForm.body)).toBe(true);
    expect(getForm?.tag).not.toMatch(POSTS);
    const [postForm] = formsIn('<form {...formProps} className="x"><TotpCodeField label="Code" /></form>');
    expect(postForm?.tag).toMatch(POSTS);
  });
});
