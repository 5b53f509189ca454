import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { ZPreviewIpImportSchema, type TPreviewIpImportIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { displayNetwork } from './address';
import { readList } from './change-list';
import { plannedFromText } from './import-plan';
import { compileMatcher } from './matcher';
import { diffRules, type TextProblem } from './text-format';

export interface ImportPreviewDTO {
  /** Saving sends this back: if the lists changed meanwhile, the save is refused (CONFLICT). */
  version: number;
  enabled: boolean;
  problems: (TextProblem & { suggestionText?: string })[];
  added: { address: string; label: string }[];
  removed: { address: string; label: string }[];
  relabelled: { address: string; from: string; to: string }[];
  unchanged: number;
  total: number;
  /** Set when the list is on and would then be empty. */
  emptyWhileEnabled: boolean;
  /** The admin's own address, when the new panel list (on) would refuse it. */
  wouldRefuseIp: string | null;
}

/** What importing this text would change, without saving anything (no sudo needed: it only reads). */
export async function previewIpImport(ctx: Ctx, raw: TPreviewIpImportIn): Promise<ImportPreviewDTO> {
  const { organization } = await authorize(ctx, 'ip-access:manage');
  const input = parseInput(ZPreviewIpImportSchema, raw);
  const [org, current] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: organization.id }, select: { ipAccessVersion: true } }),
    db().$transaction((tx) => readList(tx, organization.id, input.scope)),
  ]);
  const { problems, rules } = plannedFromText(input.text, current.rules);
  const diff = diffRules(current.rules, rules);
  const ip = ctx.meta.ip;
  const refusesMe =
    input.scope === 'panel' &&
    current.enabled &&
    rules.length > 0 &&
    (!ip || !compileMatcher(rules.map((r) => r.cidr)).has(ip));
  return {
    version: org.ipAccessVersion,
    enabled: current.enabled,
    problems: problems.map((p) => (p.suggestion ? { ...p, suggestionText: displayNetwork(p.suggestion) } : p)),
    added: diff.added.map((r) => ({ address: displayNetwork(r.cidr), label: r.label })),
    removed: diff.removed.map((r) => ({ address: displayNetwork(r.cidr), label: r.label })),
    relabelled: diff.relabelled.map((r) => ({ address: displayNetwork(r.cidr), from: r.from, to: r.to })),
    unchanged: diff.unchanged,
    total: rules.length,
    emptyWhileEnabled: current.enabled && rules.length === 0,
    wouldRefuseIp: refusesMe ? (ip ?? 'unknown') : null,
  };
}
