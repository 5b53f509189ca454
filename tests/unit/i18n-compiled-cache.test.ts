// The compiled catalogue is kept per process; in development, where the message files are read again on
// every call, an edited message shows on the next render and an unchanged catalogue is not compiled again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCompiledMessages } from '@/lib/i18n/messages';

const cwd = process.cwd();
afterEach(() => {
  process.chdir(cwd);
  vi.unstubAllEnvs();
});

describe('compiled catalogue cache', () => {
  it('recompiles in development only when a message file changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-messages-'));
    fs.mkdirSync(path.join(dir, 'messages', 'en'), { recursive: true });
    const file = path.join(dir, 'messages', 'en', 'demo.json');
    fs.writeFileSync(file, JSON.stringify({ hello: 'Hello {name}' }));
    process.chdir(dir);
    vi.stubEnv('NODE_ENV', 'development');

    const first = getCompiledMessages('en');
    expect(first.demo).toEqual({ hello: ['Hello ', ['name']] });
    expect(getCompiledMessages('en')).toBe(first);

    fs.writeFileSync(file, JSON.stringify({ hello: 'Hi {name}' }));
    expect(getCompiledMessages('en').demo).toEqual({ hello: ['Hi ', ['name']] });
  });
});
