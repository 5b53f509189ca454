export interface ObjectionDTO {
  id: string;
  noticeNumber: number;
  noticeSummary: string;
  organizationName: string;
  filedBy: string;
  reason: string;
  /** received | acknowledged | resolved */
  status: string;
  createdAt: string;
  updatedAt: string;
}

export function toObjectionDTO(row: {
  id: string;
  userLabel: string;
  reason: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  change: { number: number | null; summary: string };
  organization: { name: string };
}): ObjectionDTO {
  return {
    id: row.id,
    noticeNumber: row.change.number ?? 0,
    noticeSummary: row.change.summary,
    organizationName: row.organization.name,
    filedBy: row.userLabel,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const OBJECTION_INCLUDE = {
  change: { select: { number: true, summary: true } },
  organization: { select: { name: true } },
} as const;
