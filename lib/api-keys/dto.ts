export interface ApiKeyDTO {
  id: string;
  name: string;
  /** The public start of the key, for recognising it (tc_3f9a0c1b7e). */
  prefix: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export function toApiKeyDTO(k: {
  id: string;
  name: string;
  prefix: string;
  createdByLabel: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  revokedByLabel: string | null;
}): ApiKeyDTO {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdBy: k.createdByLabel,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: k.lastUsedIp,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    revokedBy: k.revokedByLabel,
  };
}
