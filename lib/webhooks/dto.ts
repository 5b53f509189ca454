export interface WebhookAttemptDTO {
  id: string;
  at: string;
  event: string;
  deliveryId: string;
  attempt: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface WebhookEndpointDTO {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  createdBy: string;
  createdAt: string;
  /** Newest first. */
  attempts: WebhookAttemptDTO[];
  /** Deliveries still waiting for a (re)try. */
  pending: number;
}

export function toEndpointDTO(
  row: {
    id: string;
    url: string;
    description: string;
    events: string[];
    enabled: boolean;
    createdByLabel: string;
    createdAt: Date;
  },
  attempts: WebhookAttemptDTO[] = [],
  pending = 0,
): WebhookEndpointDTO {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    createdBy: row.createdByLabel,
    createdAt: row.createdAt.toISOString(),
    attempts,
    pending,
  };
}
