import type { ChangelogItem } from './dto';

// The public changelog is read by prospects: it is served from memory and read from the database again
// only after a publish (here, or in another process — the content poll invalidates it too).

const KEY = Symbol.for('trust-center.changelog');
const slot = ((globalThis as { [KEY]?: { entries?: Promise<ChangelogItem[]> } })[KEY] ??= {});

export function cachedChangelog(load: () => Promise<ChangelogItem[]>): Promise<ChangelogItem[]> {
  if (!slot.entries) {
    const loading = load();
    slot.entries = loading;
    loading.catch(() => {
      if (slot.entries === loading) slot.entries = undefined;
    });
  }
  return slot.entries;
}

export function invalidateChangelog(): void {
  slot.entries = undefined;
}
