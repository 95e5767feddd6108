import type { Community, Member, PublicCommunity, WebhookDelivery, WebhookEndpoint } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import type { WebhookDeliveryRecord } from '../repositories/webhook-delivery-repository.js';
import type { WebhookEndpointRecord } from '../repositories/webhook-endpoint-repository.js';

// Stored records as the API's JSON shapes (dates as ISO strings, internal fields dropped). Repositories
// speak records; routes answer with these.

export function toMember(record: MemberRecord): Member {
  const { communityId: _communityId, disabledAt, ...rest } = record;
  return {
    ...rest,
    ...(disabledAt ? { disabledAt: disabledAt.toISOString() } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The public info; `realtime` is where widgets connect (from `services.realtime.clientConfig`). */
export function toPublicCommunity(record: CommunityRecord, realtime: PublicCommunity['realtime']): PublicCommunity {
  return { ...communityBase(record), realtime };
}

function communityBase(record: CommunityRecord): Omit<PublicCommunity, 'realtime'> {
  return {
    slug: record.slug,
    name: record.name,
    publishableKey: record.publishableKey,
    signInMode: record.settings.signInMode,
    defaultLocale: record.settings.defaultLocale,
    brand: record.settings.brand,
  };
}

export function toCommunity(record: CommunityRecord): Community {
  return {
    ...communityBase(record),
    id: record.id,
    allowedOrigins: record.allowedOrigins,
    settings: record.settings,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The API shape: never the secret. */
export function toWebhookEndpoint(record: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: record.id,
    url: record.url,
    ...(record.description !== undefined ? { description: record.description } : {}),
    events: record.events,
    enabled: record.enabled,
    disabledReason: record.disabledReason,
    disabledAt: record.disabledAt?.toISOString() ?? null,
    failingSince: record.failingSince?.toISOString() ?? null,
    previousSecretExpiresAt: record.previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function toWebhookDelivery(record: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: record.id,
    webhookId: record.endpointId,
    eventType: record.eventType,
    status: record.status,
    attempts: record.attempts,
    responseStatus: record.responseStatus,
    lastError: record.lastError,
    lastAttemptAt: record.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: record.nextAttemptAt?.toISOString() ?? null,
    recentAttempts: record.recentAttempts.map((a) => ({
      at: a.at.toISOString(),
      ...(a.responseStatus !== undefined ? { responseStatus: a.responseStatus } : {}),
      ...(a.error !== undefined ? { error: a.error } : {}),
      durationMs: a.durationMs,
    })),
    payload: record.payload,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** An endpoint with its signing secret: answered once, when the secret is created or rotated. */
export function toWebhookEndpointWithSecret(record: WebhookEndpointRecord & { secret: string }): WebhookEndpoint & { secret: string } {
  return { ...toWebhookEndpoint(record), secret: record.secret };
}
