'use client';

// The MDX source editor: CodeMirror 6 with Markdown highlighting, line numbers and the validator's issue
// lines marked (a tinted line and a "!" in the gutter, so not by colour alone). The parent owns the text;
// it pushes outside changes (frontmatter form, "Load their version") through the handle.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { EditorSelection, EditorState, RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  GutterMarker,
  drawSelection,
  gutter,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useTranslations } from 'use-intl';
import type { SourceIssue } from '@/lib/studio/dto';
import { blockInsertion, type Snippet } from './snippets';

export interface MdxEditorHandle {
  /** Replaces the text with the smallest change, keeping the cursor where it can. */
  setValue(text: string): void;
  insertSnippet(snippet: Snippet): void;
  goToLine(line: number): void;
}

const setIssues = StateEffect.define<SourceIssue[]>();

class IssueMarker extends GutterMarker {
  constructor(readonly message: string) {
    super();
  }
  override eq(other: IssueMarker) {
    return other.message === this.message;
  }
  override toDOM() {
    const el = document.createElement('span');
    el.textContent = '!';
    el.title = this.message;
    el.className = 'cm-issue-marker';
    return el;
  }
}

/** Issue lines as line decorations plus gutter markers, mapped through edits until the next validation. */
const issueField = StateField.define<{ lines: DecorationSet; markers: RangeSet<GutterMarker> }>({
  create: () => ({ lines: Decoration.none, markers: RangeSet.empty }),
  update(value, tr) {
    let next = { lines: value.lines.map(tr.changes), markers: value.markers.map(tr.changes) };
    for (const effect of tr.effects) {
      if (!effect.is(setIssues)) continue;
      const byLine = new Map<number, string[]>();
      for (const issue of effect.value) {
        const line = Math.min(Math.max(1, issue.line), tr.state.doc.lines);
        byLine.set(line, [...(byLine.get(line) ?? []), issue.message]);
      }
      const sorted = [...byLine.entries()].sort((a, b) => a[0] - b[0]);
      next = {
        lines: Decoration.set(
          sorted.map(([line]) => Decoration.line({ class: 'cm-issue-line' }).range(tr.state.doc.line(line).from)),
        ),
        markers: RangeSet.of(
          sorted.map(([line, messages]) => new IssueMarker(messages.join('\n')).range(tr.state.doc.line(line).from)),
        ),
      };
    }
    return next;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (v) => v.lines),
    gutter({ class: 'cm-issue-gutter', markers: (view) => view.state.field(field).markers }),
  ],
});

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: 'var(--bg)', color: 'var(--fg)' },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-subtle)',
    color: 'var(--fg-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--focus) 7%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--focus) 14%, transparent)' },
  '.cm-issue-line': { backgroundColor: 'color-mix(in srgb, var(--danger) 14%, transparent)' },
  '.cm-issue-gutter': { width: '1.1em' },
  '.cm-issue-marker': { color: 'var(--danger)', fontWeight: '700', paddingLeft: '3px' },
});

// Colours from the app's theme variables, so both themes keep readable contrast; emphasis is not colour-only.
const highlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '700', color: 'var(--link)' },
  { tag: [tags.emphasis], fontStyle: 'italic' },
  { tag: [tags.strong], fontWeight: '700' },
  { tag: [tags.link, tags.url], color: 'var(--link)', textDecoration: 'underline' },
  { tag: [tags.tagName, tags.angleBracket], color: 'var(--ok)', fontWeight: '600' },
  { tag: [tags.attributeName], color: 'var(--warn)' },
  { tag: [tags.string, tags.attributeValue], color: 'var(--fg)' },
  { tag: [tags.monospace], fontFamily: 'var(--font-mono)', color: 'var(--danger)' },
  {
    tag: [tags.processingInstruction, tags.meta, tags.contentSeparator, tags.list, tags.quote],
    color: 'var(--fg-muted)',
  },
]);

/** The YAML frontmatter at the top is one block, not Markdown (its closing "---" would read as a heading underline). */
type MarkdownExtensions = NonNullable<NonNullable<Parameters<typeof markdown>[0]>['extensions']>;
const frontmatterBlock: MarkdownExtensions = {
  defineNodes: [{ name: 'Frontmatter', style: tags.meta }],
  parseBlock: [
    {
      name: 'Frontmatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 || !/^---\s*$/.test(line.text)) return false;
        while (cx.nextLine()) {
          if (/^---\s*$/.test(line.text)) {
            cx.nextLine();
            break;
          }
        }
        cx.addElement(cx.elt('Frontmatter', 0, cx.prevLineEnd()));
        return true;
      },
    },
  ],
};

/** The smallest single replacement turning `from` into `to` (common prefix and suffix kept). */
function minimalChange(from: string, to: string) {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom--;
    endTo--;
  }
  return { from: start, to: endFrom, insert: to.slice(start, endTo) };
}

export function MdxEditor({
  initialValue,
  onChange,
  onSave,
  issues,
  describedBy,
  ref,
}: {
  initialValue: string;
  onChange: (text: string) => void;
  /** Ctrl/Cmd-S: save now instead of waiting for autosave. */
  onSave?: () => void;
  issues: SourceIssue[];
  describedBy?: string;
  ref?: Ref<MdxEditorHandle>;
}) {
  const t = useTranslations('studio.editor');
  const sourceLabel = t('sourceLabel');
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onChangeRef.current = onChange;
    onSaveRef.current = onSave;
  }, [onChange, onSave]);

  useEffect(() => {
    if (!host.current) return;
    // tabindex: the editable area is the focus target of the scrolling editor (axe: scrollable-region-focusable).
    const attributes: Record<string, string> = { 'aria-label': sourceLabel, tabindex: '0' };
    if (describedBy) attributes['aria-describedby'] = describedBy;
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      history(),
      drawSelection(),
      bracketMatching(),
      // Tab stays "move focus" (no indentWithTab) so keyboard users are never trapped in the editor.
      keymap.of([
        { key: 'Mod-s', preventDefault: true, run: () => (onSaveRef.current?.(), true) },
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      markdown({ extensions: frontmatterBlock }),
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of(attributes),
      issueField,
      theme,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChangeRef.current(update.state.doc.toString());
      }),
    ];
    // CodeMirror adds its own style element; under our CSP it needs this document's nonce (the one the page
    // loaded with, which a client-side navigation does not change), read from our own nonce'd elements.
    const nonce = (
      document.querySelector<HTMLElement>('script[nonce]') ?? document.querySelector<HTMLElement>('style[nonce]')
    )?.nonce;
    if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({ doc: initialValue, extensions }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later text arrives through the handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: setIssues.of(issues) });
  }, [issues]);

  useImperativeHandle(
    ref,
    () => ({
      setValue(text) {
        const editor = view.current;
        if (!editor) return;
        const current = editor.state.doc.toString();
        if (current === text) return;
        editor.dispatch({ changes: minimalChange(current, text) });
      },
      insertSnippet(snippet) {
        const editor = view.current;
        if (!editor) return;
        const { from, to } = editor.state.selection.main;
        const doc = editor.state.doc.toString();
        const insert = blockInsertion(doc.slice(0, from) + doc.slice(to), from, snippet);
        editor.dispatch({
          changes: { from, to, insert },
          selection: EditorSelection.cursor(from + insert.length),
          scrollIntoView: true,
        });
        editor.focus();
      },
      goToLine(line) {
        const editor = view.current;
        if (!editor) return;
        const target = editor.state.doc.line(Math.min(Math.max(1, line), editor.state.doc.lines));
        editor.dispatch({
          selection: EditorSelection.cursor(target.from),
          effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
        });
        editor.focus();
      },
    }),
    [],
  );

  return <div ref={host} className="h-full overflow-hidden rounded-md border border-border" />;
}
