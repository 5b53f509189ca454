'use client';

// The studio's page editor: frontmatter fields, the MDX source with its component palette and problems,
// autosave, and the live preview (the public pipeline, reloaded after every save).
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { discardDraftAction, validateSourceAction } from '@/app/(studio)/studio/pages/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { EditablePage, ReviewerOption, SourceIssue } from '@/lib/studio/dto';
import { ComponentPalette } from './component-palette';
import { ConflictAlert } from './conflict-alert';
import { FrontmatterForm } from './frontmatter-form';
import { IssueList } from './issue-list';
import { MdxEditor, type MdxEditorHandle } from './mdx-editor';
import { RequestReviewDialog } from './request-review-dialog';
import { statusText, useAutosave } from './use-autosave';

const VALIDATE_DELAY_MS = 500;

export function PageEditor({ data, reviewers }: { data: EditablePage; reviewers: ReviewerOption[] }) {
  const router = useRouter();
  const t = useTranslations('studio.editor');
  const pageId = data.page.id;
  const initialSource = data.draft?.source ?? data.published?.source ?? '';
  const editor = useRef<MdxEditorHandle>(null);
  const [source, setSource] = useState(initialSource);
  const [issues, setIssues] = useState<SourceIssue[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [previewStamp, setPreviewStamp] = useState(0);
  const [dialog, setDialog] = useState<'review' | 'discard' | null>(null);
  const validateTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [validatedSource, setValidatedSource] = useState<string | null>(null);

  const autosave = useAutosave({
    pageId,
    initialSource,
    initialVersion: data.draft?.version ?? 0,
    onSaved: useCallback(() => setPreviewStamp((n) => n + 1), []),
  });

  const applyVerdict = useCallback((text: string, result: Awaited<ReturnType<typeof validateSourceAction>>) => {
    setValidatedSource(text);
    if (result.ok) setIssues(result.data.ok ? [] : result.data.issues);
    else setIssues([{ line: 1, message: result.fieldErrors?.source?.[0] ?? result.error }]);
  }, []);

  const validate = useCallback(
    async (text: string) => {
      setChecking(true);
      try {
        applyVerdict(text, await validateSourceAction(null, { pageId, source: text }));
      } catch {
        // Offline: keep the last verdict; the next change checks again.
      } finally {
        setChecking(false);
      }
    },
    [pageId, applyVerdict],
  );

  useEffect(() => {
    // Once, for the text the page opened with.
    validateSourceAction(null, { pageId, source: initialSource }).then(
      (result) => applyVerdict(initialSource, result),
      () => undefined,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = useCallback(
    (text: string) => {
      setSource(text);
      autosave.changed(text);
      if (validateTimer.current) clearTimeout(validateTimer.current);
      validateTimer.current = setTimeout(() => void validate(text), VALIDATE_DELAY_MS);
    },
    [autosave, validate],
  );

  const upToDate = validatedSource === source && !checking;
  const invalid = (issues?.length ?? 0) > 0;
  const nothingToReview = autosave.version === 0 && source === initialSource;
  // Mirrors requestReview's rules, so the button says why before the server would.
  const blockingReview = data.openReview && data.openReview.status !== 'CHANGES_REQUESTED' ? data.openReview : null;
  const reviewBlockedReason = invalid
    ? t('blocked.problems')
    : !upToDate || issues === null
      ? t('blocked.checking')
      : blockingReview
        ? t('blocked.openReview', { reviewer: blockingReview.reviewer })
        : nothingToReview
          ? t('blocked.unchanged')
          : null;

  const { status } = autosave;
  const statusTone =
    status.kind === 'error' || status.kind === 'conflict'
      ? 'text-danger'
      : status.kind === 'dirty'
        ? 'text-warn'
        : 'text-fg-muted';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          onClick={() => setDialog('review')}
          disabled={reviewBlockedReason !== null}
          aria-describedby="review-blocked"
        >
          {t('requestReview')}
        </Button>
        <Button
          variant="danger"
          onClick={() => setDialog('discard')}
          disabled={autosave.version === 0 || !data.published}
          title={data.published ? undefined : t('discardNeverPublished')}
        >
          {t('discardDraft')}
        </Button>
        <Link href={`/studio/pages/${pageId}/history`} className="text-sm text-link underline">
          {t('history')}
        </Link>
        <a
          href={`/studio/pages/${pageId}/preview`}
          target="_blank"
          rel="noopener"
          className="text-sm text-link underline"
        >
          {t('openPreview')}
        </a>
        <p role="status" className={`ml-auto text-sm ${statusTone}`}>
          {statusText(status, t)}
        </p>
      </div>
      <p id="review-blocked" className="text-sm text-fg-muted">
        {reviewBlockedReason ??
          (data.openReview ? t('readyAnswering', { reviewer: data.openReview.reviewer }) : t('ready'))}
      </p>

      {autosave.conflict ? (
        <ConflictAlert
          conflict={autosave.conflict}
          onKeepMine={autosave.keepMine}
          onLoadTheirs={() => {
            const theirs = autosave.loadTheirs();
            if (theirs !== null) editor.current?.setValue(theirs);
          }}
        />
      ) : null}

      <details open className="rounded-md border border-border p-3">
        <summary className="cursor-pointer text-sm font-semibold">{t('pageFields')}</summary>
        <div className="mt-3">
          <FrontmatterForm source={source} onSourceChange={(next) => editor.current?.setValue(next)} />
        </div>
      </details>

      <div className="grid gap-4 xl:grid-cols-2">
        <div className="min-w-0 space-y-3">
          <ComponentPalette onInsert={(snippet) => editor.current?.insertSnippet(snippet)} />
          <div className="h-[70vh] min-h-96">
            <MdxEditor
              ref={editor}
              initialValue={initialSource}
              onChange={onChange}
              onSave={() => void autosave.flush()}
              issues={issues ?? []}
              describedBy="issues-summary"
            />
          </div>
          <IssueList issues={issues} checking={checking} onGoToLine={(line) => editor.current?.goToLine(line)} />
        </div>
        <div className="min-w-0 space-y-2">
          <h2 className="text-sm font-semibold">{t('preview')}</h2>
          <iframe
            key={previewStamp}
            title={t('preview')}
            src={`/studio/pages/${pageId}/preview?v=${previewStamp}`}
            className="h-[70vh] min-h-96 w-full rounded-md border border-border bg-bg"
          />
          <p className="text-xs text-fg-muted">{t('previewHint')}</p>
        </div>
      </div>

      {dialog === 'review' ? (
        <RequestReviewDialog
          pageId={pageId}
          reviewers={reviewers}
          onClose={() => setDialog(null)}
          prepare={async () =>
            (await autosave.flush()) && autosave.versionRef.current > 0 ? autosave.versionRef.current : null
          }
        />
      ) : null}
      {dialog === 'discard' ? (
        <ConfirmDialog
          title={t('discard.title')}
          body={t('discard.body')}
          confirmLabel={t('discardDraft')}
          pendingLabel={t('discard.pending')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await discardDraftAction(null, { pageId, expectedVersion: autosave.versionRef.current });
            if (!result.ok) return result.error;
            // Back to the published text, with no draft (the badges above refresh from the server).
            const published = data.published?.source ?? '';
            autosave.reset(published);
            editor.current?.setValue(published);
            router.refresh();
            return null;
          }}
        />
      ) : null}
    </div>
  );
}
