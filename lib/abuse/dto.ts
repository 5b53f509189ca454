import type { TAbuseCategory } from '@/lib/abuse/categories';
import type { TAbuseStatus } from '@/lib/validation/abuse';

export interface AbuseReportRowDto {
  id: string;
  reference: string;
  category: TAbuseCategory;
  receivedAt: string;
  status: TAbuseStatus;
  assignee: { id: string | null; label: string } | null;
  hasReporterEmail: boolean;
}

export interface AbuseNoteDto {
  id: string;
  kind: 'note' | 'reply' | 'status';
  body: string;
  author: string;
  createdAt: string;
}

export interface AbuseReportDto extends AbuseReportRowDto {
  url: string | null;
  messageHeaders: string | null;
  description: string;
  reporterEmail: string | null;
  notes: AbuseNoteDto[];
}

type ReportRow = {
  id: string;
  reference: string;
  category: string;
  createdAt: Date;
  status: TAbuseStatus;
  assigneeId: string | null;
  assigneeLabel: string | null;
  reporterEmail: string | null;
};

export function toAbuseReportRow(r: ReportRow): AbuseReportRowDto {
  return {
    id: r.id,
    reference: r.reference,
    category: r.category.toLowerCase() as TAbuseCategory,
    receivedAt: r.createdAt.toISOString(),
    status: r.status,
    assignee: r.assigneeLabel ? { id: r.assigneeId, label: r.assigneeLabel } : null,
    hasReporterEmail: Boolean(r.reporterEmail),
  };
}

export function toAbuseNote(n: {
  id: string;
  kind: string;
  body: string;
  authorLabel: string;
  createdAt: Date;
}): AbuseNoteDto {
  return {
    id: n.id,
    kind: n.kind === 'reply' || n.kind === 'status' ? n.kind : 'note',
    body: n.body,
    author: n.authorLabel,
    createdAt: n.createdAt.toISOString(),
  };
}
