'use client';

// Autosave of a page draft: a debounced save (1 s after the last keystroke) through saveDraft with the
// version the editor last saw. When someone else saved in between, the save stops and the conflict is
// handed to the user; their text is never replaced without them choosing to.
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction } from '@/app/(studio)/studio/pages/actions';
import type { DraftConflict } from '@/lib/studio/dto';

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus =
  | { kind: 'pristine' }
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict' }
  /** message null: the server could not be reached. */
  | { kind: 'error'; message: string | null };

/** The editor's translator (studio.editor): the save status's words live under `save.*`. */
type EditorTranslator = (key: string, values?: Record<string, string>) => string;

export function statusText(status: SaveStatus, t: EditorTranslator): string {
  switch (status.kind) {
    case 'pristine':
      return t('save.pristine');
    case 'idle':
      return t('save.idle');
    case 'dirty':
      return t('save.dirty');
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved', {
        at: new Date(status.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
      });
    case 'conflict':
      return t('save.conflict');
    case 'error':
      return status.message === null ? t('save.offline') : t('save.error', { message: status.message });
  }
}

export function useAutosave(opts: {
  pageId: string;
  initialSource: string;
  initialVersion: number;
  onSaved?: () => void;
}) {
  const { pageId } = opts;
  const versionRef = useRef(opts.initialVersion);
  const savedSourceRef = useRef(opts.initialSource);
  const currentRef = useRef(opts.initialSource);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlightRef = useRef<Promise<void> | null>(null);
  const conflictRef = useRef<DraftConflict | null>(null);
  const onSavedRef = useRef(opts.onSaved);
  // The timer calls the latest save through this ref (save re-arms its own timer).
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const [status, setStatus] = useState<SaveStatus>({ kind: opts.initialVersion > 0 ? 'idle' : 'pristine' });
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const [version, setVersion] = useState(opts.initialVersion);

  useEffect(() => {
    onSavedRef.current = opts.onSaved;
  }, [opts.onSaved]);

  const save = useCallback(async (): Promise<void> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    while (inFlightRef.current) await inFlightRef.current;
    if (conflictRef.current) return;
    const text = currentRef.current;
    if (text === savedSourceRef.current) return;
    const run = (async () => {
      setStatus({ kind: 'saving' });
      try {
        const result = await saveDraftAction(null, { pageId, source: text, expectedVersion: versionRef.current });
        if (result.ok) {
          versionRef.current = result.data.version;
          setVersion(result.data.version);
          savedSourceRef.current = text;
          setStatus(currentRef.current === text ? { kind: 'saved', at: result.data.savedAt } : { kind: 'dirty' });
          onSavedRef.current?.();
        } else if (result.code === 'CONFLICT' && result.details) {
          conflictRef.current = result.details as unknown as DraftConflict;
          setConflict(conflictRef.current);
          setStatus({ kind: 'conflict' });
        } else {
          setStatus({ kind: 'error', message: result.fieldErrors?.source?.[0] ?? result.error });
        }
      } catch {
        setStatus({ kind: 'error', message: null });
      }
    })();
    inFlightRef.current = run;
    await run;
    inFlightRef.current = null;
    // Typing went on during the save: save that too.
    if (!conflictRef.current && currentRef.current !== savedSourceRef.current && !timerRef.current) {
      timerRef.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    }
  }, [pageId]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const changed = useCallback(
    (text: string) => {
      currentRef.current = text;
      if (conflictRef.current) return;
      if (text === savedSourceRef.current) {
        if (timerRef.current) clearTimeout(timerRef.current);
        timerRef.current = null;
        return;
      }
      setStatus((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  /** Saves now; true when the server holds exactly the current text. */
  const flush = useCallback(async () => {
    await save();
    return !conflictRef.current && currentRef.current === savedSourceRef.current;
  }, [save]);

  /** Overwrite: save the current text on top of the other version. */
  const keepMine = useCallback(() => {
    const other = conflictRef.current;
    if (!other) return;
    versionRef.current = other.version;
    setVersion(other.version);
    savedSourceRef.current = other.source;
    conflictRef.current = null;
    setConflict(null);
    void save();
  }, [save]);

  /** Take the other version; the caller puts the returned text into the editor. */
  const loadTheirs = useCallback((): string | null => {
    const other = conflictRef.current;
    if (!other) return null;
    versionRef.current = other.version;
    setVersion(other.version);
    savedSourceRef.current = other.source;
    currentRef.current = other.source;
    conflictRef.current = null;
    setConflict(null);
    setStatus({ kind: 'saved', at: other.updatedAt });
    return other.source;
  }, []);

  /** After the draft was discarded: start over from this (published) text, with no draft. */
  const reset = useCallback((text: string) => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    versionRef.current = 0;
    setVersion(0);
    savedSourceRef.current = text;
    currentRef.current = text;
    conflictRef.current = null;
    setConflict(null);
    setStatus({ kind: 'pristine' });
  }, []);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (currentRef.current !== savedSourceRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, []);

  return { status, conflict, version, changed, flush, keepMine, loadTheirs, reset, versionRef };
}
