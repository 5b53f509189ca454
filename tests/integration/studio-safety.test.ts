// Issue 9 §6 and ARCHITECTURE rule 7: whoever edits content cannot run code — on the server or in
// visitors' browsers. Every injection attempt is refused with the message the editor sees, and such a
// text can neither be sent for review nor published.
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '@/lib/content/mdx-components-spec';
import { requestReview } from '@/lib/studio/request-review';
import { saveDraft } from '@/lib/studio/save-draft';
import { validateSource } from '@/lib/studio/validate-source';
import { editedSource, errorOf, pageId, studioWorld } from '@/tests/fixtures/studio';

let w: Awaited<ReturnType<typeof studioWorld>>;
let faqId: string;
beforeAll(async () => {
  w = await studioWorld();
  faqId = await pageId('/faq');
}, 120_000);

const LINK_RULE = 'Links must be site-relative ("/…"), "#…", "https://…" or an email address.';
const ATTEMPTS: [name: string, mdx: string, message: string][] = [
  [
    'an import statement',
    'import fs from "node:fs"',
    'Imports are not allowed in content: the components are provided automatically. Remove the import line.',
  ],
  [
    'an export statement',
    'export const leak = 1',
    'Exports are not allowed in content: content is data, not code. Remove the export.',
  ],
  [
    '{process.env}',
    'The secret is {process.env.DATABASE_URL}.',
    'JavaScript expressions are not allowed in content. Curly braces start an expression in MDX: rephrase without "{" and "}".',
  ],
  [
    '<script>',
    '<script>fetch("/api")</script>',
    `Raw HTML <script> is not allowed: use Markdown or one of the components (${COMPONENT_NAMES.join(', ')}).`,
  ],
  [
    'a javascript: link',
    '[Open](javascript:alert(1))',
    `The link "javascript:alert(1)" uses a javascript: address, which could run code in visitors' browsers. ${LINK_RULE}`,
  ],
  [
    'a mixed-case javascript: link',
    '[Open](JaVaScRiPt:alert(1))',
    `The link "JaVaScRiPt:alert(1)" uses a javascript: address, which could run code in visitors' browsers. ${LINK_RULE}`,
  ],
  [
    'an entity-encoded javascript: link',
    '[Open](&#106;avascript&#58;alert(1))',
    `The link "javascript:alert(1)" uses a javascript: address, which could run code in visitors' browsers. ${LINK_RULE}`,
  ],
  [
    'a javascript: link with a tab inside',
    '[Open](<java\tscript:alert(1)>)',
    `The link "java\tscript:alert(1)" uses a javascript: address, which could run code in visitors' browsers. ${LINK_RULE}`,
  ],
  [
    'a reference-style javascript: link',
    '[Open][x]\n\n[x]: vbscript:msgbox(1)',
    `The link "vbscript:msgbox(1)" uses a vbscript: address, which could run code in visitors' browsers. ${LINK_RULE}`,
  ],
  [
    'a data: image',
    '![Logo](data:image/svg+xml;base64,PHN2Zz4=)',
    'The image "data:image/svg+xml;base64,PHN2Zz4=" uses a data: address, which could run code in visitors\' browsers. Images must be site-relative ("/…").',
  ],
  [
    'a javascript: card link',
    '<CardGrid>\n\n<Card title="Go" href="javascript:alert(1)">\n\nText\n\n</Card>\n\n</CardGrid>',
    '<Card href="javascript:alert(1)">: this uses a javascript: address, which could run code in visitors\' browsers. Links must be site-relative ("/…"), "#…", "https://…" or an email address.',
  ],
  [
    'an event-handler prop',
    '<Callout type="note" onClick="alert(1)">\n\nHi\n\n</Callout>',
    '<Callout> has the event-handler prop "onClick": content cannot run code in visitors\' browsers. Remove it.',
  ],
  [
    'an HTML element with an event handler',
    '<img src="/x.png" onerror="alert(1)" />',
    `Raw HTML <img> is not allowed: use Markdown or one of the components (${COMPONENT_NAMES.join(', ')}).`,
  ],
  [
    'a protocol-relative link',
    '[Out](//evil.example/x)',
    `The link "//evil.example/x" must be site-relative ("/…"), "#…", "https://…" or an email address.`,
  ],
];

describe('studio: injection attempts are rejected', () => {
  it.each(ATTEMPTS)('rejects %s with a clear message', async (_name, mdx, message) => {
    const source = await editedSource('/faq', '## Accounts & access', `## Accounts & access\n\n${mdx}`);
    const result = await validateSource(w.claraCtx, { pageId: faqId, source });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.message)).toContain(message);
  });

  it('a draft with an injection can be saved but never sent for review (so never published)', async () => {
    const source = await editedSource('/faq', '## Accounts & access', '## Accounts & access\n\nSee {process.env}.');
    const saved = await saveDraft(w.claraCtx, { pageId: faqId, source, expectedVersion: 0 });
    const err = await errorOf(
      requestReview(w.claraCtx, {
        pageId: faqId,
        reviewerId: w.lena.id,
        message: 'Try',
        expectedVersion: saved.version,
      }),
    );
    expect(err?.code).toBe('VALIDATION');
    expect(err?.fieldErrors?.source?.[0]).toMatch(/^Line \d+: JavaScript expressions are not allowed in content\./);
  });
});
