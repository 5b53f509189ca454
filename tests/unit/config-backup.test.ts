// BACKUP_DIR / BACKUP_KEEP: the server's daily backups of the embedded database (lib/backup/schedule.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

describe('backup configuration', () => {
  it('is off unless BACKUP_DIR is set; keeps 7 by default', () => {
    expect(parseConfig({}).backup).toBeUndefined();
    expect(parseConfig({ BACKUP_DIR: 'backups' }).backup).toEqual({ dir: path.resolve('backups'), keep: 7 });
    expect(parseConfig({ BACKUP_DIR: '/var/backups/tc', BACKUP_KEEP: '30' }).backup).toEqual({
      dir: '/var/backups/tc',
      keep: 30,
    });
  });

  it('names BACKUP_KEEP when it is not a whole number of at least 1', () => {
    for (const bad of ['0', 'many', '2.5']) {
      expect(() => parseConfig({ BACKUP_DIR: 'b', BACKUP_KEEP: bad })).toThrow(ConfigError);
      expect(() => parseConfig({ BACKUP_DIR: 'b', BACKUP_KEEP: bad })).toThrow(/BACKUP_KEEP/);
    }
  });
});
