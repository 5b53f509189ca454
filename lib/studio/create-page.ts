import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreatePageSchema, type TCreatePage } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { routeFor, sectionOf } from './routes';
import { assertSlugFree, nextOrder } from './tree';

function template(p: TCreatePage & { order: number; owner: string; today: string }): string {
  // JSON strings are valid double-quoted YAML scalars: any title is written safely.
  return [
    '---',
    `title: ${JSON.stringify(p.title)}`,
    `description: ${JSON.stringify(p.description)}`,
    `section: ${p.section}`,
    `order: ${p.order}`,
    `lastReviewed: "${p.today}"`,
    `owner: ${JSON.stringify(p.owner)}`,
    '---',
    '',
    '## Overview',
    '',
    'Write the page here. Use "##" and "###" headings, Markdown and the components listed in the help.',
    '',
  ].join('\n');
}

/** A new page with a draft from the template. Nobody outside the studio sees it until a review publishes it. */
export async function createPage(ctx: Ctx, input: TCreatePage): Promise<{ id: string }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const data = parseInput(ZCreatePageSchema, input);
  const section = sectionOf(data.section);
  if (section.path === '/')
    throw new AppError('VALIDATION', undefined, { section: [fieldMessage('OVERVIEW_SINGLE_PAGE')] });
  return db().$transaction(async (tx) => {
    await assertSlugFree(tx, data.section, data.slug);
    const order = await nextOrder(tx, data.section);
    const page = await tx.contentPage.create({ data: { section: data.section, slug: data.slug, order } });
    const source = template({ ...data, order, owner: authorName(staff), today: new Date().toISOString().slice(0, 10) });
    await tx.contentDraft.create({
      data: {
        pageId: page.id,
        source,
        version: 1,
        contributorIds: [staff.session.user.id],
        updatedById: staff.session.user.id,
        updatedByLabel: authorName(staff),
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.page.created',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${data.title} (${routeFor(section, data.slug)})` },
      changes: { section: data.section, slug: data.slug, title: data.title },
      meta: ctx.meta,
    });
    return { id: page.id };
  });
}
