import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/log';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { AbuseCategory } from '@/lib/generated/prisma/enums';
import { ZAbuseReportSchema, type TAbuseReport } from '@/lib/validation/abuse';
import { parseInput } from '@/lib/validation/parse-input';
import { abuseEmails } from './emails';
import { newAbuseReference } from './reference';

/** One web address on its own is a URL report; anything else is treated as message headers. */
export function classifyEvidence(evidence: string): { url: string | null; messageHeaders: string | null } {
  const text = evidence.trim();
  return /^https?:\/\/\S+$/i.test(text) ? { url: text, messageHeaders: null } : { url: null, messageHeaders: text };
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/**
 * Stores a report from the public form for the staff's triage queue and returns its reference number;
 * a reporter who gave an email address gets the reference by email too.
 * Limited per client address; a filled-in honeypot gets an answer that looks the same but stores nothing,
 * so a bot cannot tell it was caught.
 */
export async function submitAbuseReport(ctx: Ctx, input: TAbuseReport): Promise<{ reference: string }> {
  // Validated here too, not only by the form action: the use-case is the boundary (scripts, tests).
  const data = parseInput(ZAbuseReportSchema, input);
  const limit = await consume('abuseReportPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) {
    throw new AppError('ABUSE_REPORTS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) }, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  if (data.website?.trim()) {
    logger.warn({ requestId: ctx.meta.requestId, ip: ctx.meta.ip }, 'abuse report dropped: honeypot filled in');
    return { reference: newAbuseReference() };
  }

  const evidence = classifyEvidence(data.evidence);
  // A clash of two random 40-bit references is rare but possible: draw again.
  for (let attempt = 1; ; attempt++) {
    const reference = newAbuseReference();
    try {
      return await db().$transaction(async (tx) => {
        const report = await tx.abuseReport.create({
          data: {
            reference,
            category: data.category.toUpperCase() as AbuseCategory,
            ...evidence,
            description: data.description,
            reporterEmail: data.reporterEmail ?? null,
            reporterIp: ctx.meta.ip,
            userAgent: ctx.meta.userAgent,
            requestId: ctx.meta.requestId,
          },
        });
        // No reporter details in the append-only log: the report row holds them and can be erased.
        await recordAudit(tx, {
          organizationId: null,
          action: 'abuse.report.submitted',
          actor: { type: 'ANONYMOUS', id: null, label: null },
          target: { type: 'abuse_report', id: report.id, label: reference },
          changes: {
            category: data.category,
            evidence: evidence.url ? 'url' : 'headers',
            withEmail: Boolean(data.reporterEmail),
          },
          meta: ctx.meta,
        });
        if (data.reporterEmail) {
          await enqueueMail(tx, {
            to: data.reporterEmail,
            template: 'abuse.received',
            rendered: abuseEmails.received({ brand: getConfig().brand.name, reference }),
          });
        }
        return { reference };
      });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}
