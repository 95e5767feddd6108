import type { DomainEvent } from '../events/domain-events.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import {
  enqueueDeliveryRound,
  runWebhookDelivery,
  runWebhookDisabledNotice,
  WEBHOOK_DELIVERY_JOB,
  WEBHOOK_DISABLED_NOTICE_JOB,
  type WebhookDeliveryJob,
  type WebhookDisabledNoticeJob,
} from './deliver-webhook.js';
import { RETRY_DELAYS_MS } from './retry-schedule.js';
import { isWebhookEvent, webhookPayload } from './webhook-payload.js';

/**
 * Records a delivery and its job for every enabled endpoint subscribed to the event. Runs inside the
 * operation that caused the event (the bus awaits it), so the job rows exist when the caller gets its
 * answer; the send itself happens in the job runner.
 */
export async function fanOutWebhookEvent(services: Services, event: DomainEvent): Promise<void> {
  if (!isWebhookEvent(event.type)) return; // most events are not webhook events: no query for them
  const endpoints = await services.webhookEndpoints.listSubscribed(event.community.id, event.type);
  if (endpoints.length === 0) return;
  const payload = await webhookPayload(services, event);
  if (!payload) return;
  const body = JSON.stringify(payload);
  const now = services.now();
  for (const endpoint of endpoints) {
    const delivery = {
      // The `webhook-id`: not user controlled, no "." (the spec signs `id.timestamp.body`).
      id: `msg_${newId()}`,
      communityId: event.community.id,
      endpointId: endpoint.id,
      eventType: payload.type,
      payload: body,
      status: 'pending' as const,
      attempts: 0,
      round: 0,
      responseStatus: null,
      lastError: null,
      lastAttemptAt: null,
      nextAttemptAt: now,
      recentAttempts: [],
      createdAt: now,
      updatedAt: now,
    };
    await services.webhookDeliveries.create(delivery);
    await enqueueDeliveryRound(services, delivery);
  }
}

/** Wires webhooks into the service: the domain-event subscriber and the two job kinds. */
export function registerWebhooks(services: Services): void {
  services.events.on('webhooks', (event) => fanOutWebhookEvent(services, event));
  services.jobRunner.register<WebhookDeliveryJob>(WEBHOOK_DELIVERY_JOB, (job, context) => runWebhookDelivery(services, job, context), {
    maxAttempts: RETRY_DELAYS_MS.length,
    // An attempt waits at most 10 s for the receiver; a claim older than this belongs to a crashed instance.
    leaseMs: 60_000,
  });
  services.jobRunner.register<WebhookDisabledNoticeJob>(WEBHOOK_DISABLED_NOTICE_JOB, (job) => runWebhookDisabledNotice(services, job));
}
