// "Last updated" of each page: the date of the last commit that touched its file when the content folder
// is a git checkout, otherwise the file's modification time. (Once pages live in the database, the
// studio's revision history takes over.) One `git log` for the whole folder, read once per site load.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function gitLog(cwd: string, dir: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', dir],
      { cwd, timeout: 5000, maxBuffer: 8 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (err, stdout) => resolve(err ? null : stdout),
    );
  });
}

/** Newest commit date per file (paths relative to `root`), from `git log` output. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0')) {
    const [date, ...files] = block.split('\n').map((l) => l.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}T/.test(date)) continue;
    // git log lists newest first: keep the first date seen for each file.
    for (const file of files) if (file && !dates.has(file)) dates.set(file, new Date(date).toISOString());
  }
  return dates;
}

/**
 * Last-updated time (ISO) of each file in `files` (absolute paths): git commit date when the file has
 * one, its mtime otherwise (new, uncommitted files; deployments without .git).
 */
export async function lastUpdatedDates(root: string, dir: string, files: string[]): Promise<Map<string, string>> {
  const output = await gitLog(root, dir);
  const fromGit = output ? parseGitLog(output) : new Map<string, string>();
  const result = new Map<string, string>();
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const committed = fromGit.get(rel);
    if (committed) {
      result.set(file, committed);
      continue;
    }
    try {
      result.set(file, fs.statSync(file).mtime.toISOString());
    } catch {
      result.set(file, new Date().toISOString());
    }
  }
  return result;
}
