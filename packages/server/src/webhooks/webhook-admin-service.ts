import { MentorKitError, type CreateWebhookInput, type ListWebhookDeliveriesQuery, type UpdateWebhookInput } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { WebhookDeliveryRecord } from '../repositories/webhook-delivery-repository.js';
import type { WebhookEndpointChanges, WebhookEndpointRecord } from '../repositories/webhook-endpoint-repository.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { enqueueDeliveryRound } from './deliver-webhook.js';
import { blockedLiteral } from './ssrf-guard.js';
import { newWebhookSecret } from './webhook-signature.js';

/** A community has a handful of endpoints; a cap keeps one event from fanning out without bound. */
const MAX_ENDPOINTS = 20;

/**
 * Refuses URLs the service will not call: plain http and IP literals of loopback, private, link-local and
 * metadata addresses, unless WEBHOOKS_ALLOW_PRIVATE_NETWORKS is on. Host names are checked again at every
 * attempt after DNS resolution (their addresses can change), which is the check that counts.
 */
export function checkWebhookUrl(services: Pick<Services, 'config'>, value: string): string {
  const url = new URL(value);
  url.hash = '';
  if (services.config.webhooksAllowPrivateNetworks) return url.toString();
  if (url.protocol !== 'https:') {
    throw new MentorKitError(
      'WEBHOOK_URL_NOT_ALLOWED',
      'Webhook URLs must use https:// (plain http is allowed only with WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true, for development)',
      {
        details: [{ path: 'url', message: 'Expected an https:// URL' }],
      },
    );
  }
  const blocked = blockedLiteral(url);
  if (blocked) {
    throw new MentorKitError('WEBHOOK_URL_NOT_ALLOWED', blocked.message, { details: [{ path: 'url', message: blocked.message }] });
  }
  return url.toString();
}

async function getEndpoint(services: Services, community: CommunityRecord, id: string): Promise<WebhookEndpointRecord> {
  const endpoint = await services.webhookEndpoints.findById(community.id, id);
  if (!endpoint) throw new MentorKitError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id} in this community`);
  return endpoint;
}

/** The community's endpoints (without secrets). */
export async function listWebhooks(services: Services, community: CommunityRecord): Promise<WebhookEndpointRecord[]> {
  return services.webhookEndpoints.list(community.id);
}

/** Adds an endpoint with a new signing secret (returned once, by this call). */
export async function createWebhook(
  services: Services,
  community: CommunityRecord,
  input: CreateWebhookInput,
): Promise<WebhookEndpointRecord & { secret: string }> {
  const url = checkWebhookUrl(services, input.url);
  if ((await services.webhookEndpoints.list(community.id)).length >= MAX_ENDPOINTS) {
    throw new MentorKitError('CONFLICT', `A community may have at most ${MAX_ENDPOINTS} webhook endpoints; delete one first`);
  }
  const now = services.now();
  return services.webhookEndpoints.create({
    id: newId(),
    communityId: community.id,
    url,
    ...(input.description ? { description: input.description } : {}),
    events: input.events,
    enabled: true,
    disabledReason: null,
    disabledAt: null,
    failingSince: null,
    secret: newWebhookSecret(),
    previousSecret: null,
    previousSecretExpiresAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** Changes url, events, description or enabled. Enabling clears the failure record (a fresh start). */
export async function updateWebhook(
  services: Services,
  community: CommunityRecord,
  id: string,
  input: UpdateWebhookInput,
): Promise<WebhookEndpointRecord> {
  const current = await getEndpoint(services, community, id);
  const now = services.now();
  const changes: WebhookEndpointChanges = {};
  if (input.url !== undefined) changes.url = checkWebhookUrl(services, input.url);
  if (input.events !== undefined) changes.events = input.events;
  if (input.description !== undefined) changes.description = input.description;
  if (input.enabled === true && !current.enabled)
    Object.assign(changes, { enabled: true, disabledReason: null, disabledAt: null, failingSince: null });
  if (input.enabled === false && current.enabled) Object.assign(changes, { enabled: false, disabledReason: 'manual', disabledAt: now });
  const updated = await services.webhookEndpoints.update(community.id, id, changes, now);
  if (!updated) throw new MentorKitError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id} in this community`);
  return updated;
}

/** Removes the endpoint and its delivery log; its pending attempts find it gone and stop. */
export async function deleteWebhook(services: Services, community: CommunityRecord, id: string): Promise<void> {
  if (!(await services.webhookEndpoints.delete(community.id, id))) {
    throw new MentorKitError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id} in this community`);
  }
  await services.webhookDeliveries.deleteForEndpoint(community.id, id);
}

/** A new secret (returned once); the old one keeps signing beside it for `previousSecretHours`. */
export async function rotateWebhookSecret(
  services: Services,
  community: CommunityRecord,
  id: string,
  previousSecretHours: number,
): Promise<WebhookEndpointRecord & { secret: string }> {
  await getEndpoint(services, community, id);
  const now = services.now();
  const previousUntil = previousSecretHours > 0 ? new Date(now.getTime() + previousSecretHours * 3_600_000) : null;
  const rotated = await services.webhookEndpoints.rotateSecret(community.id, id, newWebhookSecret(), previousUntil, now);
  if (!rotated) throw new MentorKitError('CONFLICT', 'The secret was rotated by another request at the same moment; try again');
  return rotated;
}

export async function listWebhookDeliveries(services: Services, community: CommunityRecord, id: string, query: ListWebhookDeliveriesQuery) {
  await getEndpoint(services, community, id);
  return services.webhookDeliveries.page(community.id, id, query);
}

/**
 * Sends a delivery again now, with the same `webhook-id` (receivers that already processed it can tell),
 * starting a new round of the retry schedule. The endpoint must be enabled.
 */
export async function redeliverWebhook(
  services: Services,
  community: CommunityRecord,
  id: string,
  deliveryId: string,
): Promise<WebhookDeliveryRecord> {
  const endpoint = await getEndpoint(services, community, id);
  const existing = await services.webhookDeliveries.findById(community.id, deliveryId);
  if (!existing || existing.endpointId !== endpoint.id) {
    throw new MentorKitError('WEBHOOK_DELIVERY_NOT_FOUND', `No delivery ${deliveryId} for webhook endpoint ${id}`);
  }
  if (!endpoint.enabled)
    throw new MentorKitError('CONFLICT', 'The endpoint is disabled; enable it first (updateWebhook with "enabled": true)');
  const restarted = await services.webhookDeliveries.restart(community.id, deliveryId, services.now());
  if (!restarted) throw new MentorKitError('WEBHOOK_DELIVERY_NOT_FOUND', `No delivery ${deliveryId} for webhook endpoint ${id}`);
  await enqueueDeliveryRound(services, restarted);
  return restarted;
}
