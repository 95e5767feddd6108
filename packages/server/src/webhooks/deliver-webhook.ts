import { webhookDisabledMail } from '../email/templates/webhook-disabled.js';
import type { Job } from '../jobs/job-queue.js';
import type { JobContext } from '../jobs/job-runner.js';
import { PermanentJobError, RetryJobError } from '../jobs/job-runner.js';
import type { WebhookDeliveryRecord, WebhookAttemptRecord } from '../repositories/webhook-delivery-repository.js';
import type { WebhookEndpointRecord } from '../repositories/webhook-endpoint-repository.js';
import type { Services } from '../service-container.js';
import { postWebhook, type PostResult } from './post-webhook.js';
import { DISABLE_AFTER_FAILING_MS, nextAttemptAt, RETRY_DELAYS_MS } from './retry-schedule.js';
import { signWebhook } from './webhook-signature.js';

export const WEBHOOK_DELIVERY_JOB = 'webhook.deliver';
export const WEBHOOK_DISABLED_NOTICE_JOB = 'webhook.disabled-notice';

/** One job per round of attempts of one delivery; the job table's attempts are the round's attempts. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  round: number;
}

/** One email to one admin, so a retry never repeats a message another admin already got. */
export interface WebhookDisabledNoticeJob {
  endpointId: string;
  adminId: string;
  reason: 'gone' | 'failing';
  lastError?: string;
}

/** Queues a round of attempts, starting now. Idempotent per delivery and round. */
export async function enqueueDeliveryRound(
  services: Services,
  delivery: Pick<WebhookDeliveryRecord, 'id' | 'communityId' | 'round'>,
): Promise<void> {
  await services.jobs.enqueue<WebhookDeliveryJob>({
    communityId: delivery.communityId,
    kind: WEBHOOK_DELIVERY_JOB,
    idempotencyKey: `webhook:${delivery.id}:${delivery.round}`,
    payload: { deliveryId: delivery.id, round: delivery.round },
    groupKey: `webhook-delivery:${delivery.id}`,
  });
}

/** The secrets that sign now: the current one, and the previous one during a rotation's grace period. */
function signingSecrets(endpoint: WebhookEndpointRecord, now: Date): string[] {
  const secrets = endpoint.secret ? [endpoint.secret] : [];
  const previousValid = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  if (previousValid && endpoint.previousSecret) secrets.push(endpoint.previousSecret);
  return secrets;
}

/** Sends one attempt: a fresh timestamp and signature every time, the same `webhook-id` and body. */
export async function sendAttempt(
  services: Services,
  endpoint: WebhookEndpointRecord,
  delivery: WebhookDeliveryRecord,
): Promise<PostResult> {
  const now = services.now();
  const timestamp = Math.floor(now.getTime() / 1000);
  const secrets = signingSecrets(endpoint, now);
  if (secrets.length === 0 || !endpoint.secret) {
    return {
      error: 'The signing secret cannot be decrypted (was MENTORKIT_SECRET changed?): rotate it with rotateWebhookSecret',
      durationMs: 0,
    };
  }
  const headers = {
    'webhook-id': delivery.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secrets, delivery.id, timestamp, delivery.payload),
  };
  return postWebhook(endpoint.url, headers, delivery.payload, {
    allowPrivateNetworks: services.config.webhooksAllowPrivateNetworks,
    now: services.now,
  });
}

const describe = (result: PostResult) => (result.status !== undefined ? `HTTP ${result.status}` : (result.error ?? 'no response'));

/** Disables the endpoint and, if this call was the one that disabled it, queues a note to each admin. */
async function disableAndTell(
  services: Services,
  endpoint: WebhookEndpointRecord,
  reason: 'gone' | 'failing',
  lastError: string,
  now: Date,
): Promise<void> {
  const disabled = await services.webhookEndpoints.disable(endpoint.communityId, endpoint.id, reason, now);
  if (!disabled) return;
  services.logger.warn({ communityId: endpoint.communityId, webhookId: endpoint.id, reason }, 'webhook endpoint disabled');
  for (const admin of await services.members.listAdmins(endpoint.communityId)) {
    await services.jobs.enqueue<WebhookDisabledNoticeJob>({
      communityId: endpoint.communityId,
      kind: WEBHOOK_DISABLED_NOTICE_JOB,
      idempotencyKey: `webhook-disabled:${endpoint.id}:${now.getTime()}:${admin.id}`,
      payload: { endpointId: endpoint.id, adminId: admin.id, reason, lastError },
    });
  }
}

/**
 * The job handler: one attempt of one round. 2xx succeeds; 410 fails the delivery and disables the
 * endpoint; anything else is retried on the spec's schedule (later if `Retry-After` asks), until the
 * schedule is used up or the endpoint has failed for 5 days, which disables it.
 */
export async function runWebhookDelivery(services: Services, job: Job<WebhookDeliveryJob>, context: JobContext): Promise<void> {
  const { communityId } = job;
  const delivery = await services.webhookDeliveries.findById(communityId, job.payload.deliveryId);
  if (!delivery || delivery.status !== 'pending' || delivery.round !== job.payload.round) return; // superseded
  const endpoint = await services.webhookEndpoints.findById(communityId, delivery.endpointId);
  if (!endpoint || !endpoint.enabled) {
    await services.webhookDeliveries.cancel(
      communityId,
      delivery.id,
      delivery.round,
      endpoint ? 'The endpoint is disabled' : 'The endpoint was deleted',
      services.now(),
    );
    return;
  }

  const result = await sendAttempt(services, endpoint, delivery);
  const now = services.now();
  const attempt: WebhookAttemptRecord = {
    at: now,
    ...(result.status !== undefined ? { responseStatus: result.status } : {}),
    ...(result.error !== undefined ? { error: result.error.slice(0, 500) } : {}),
    durationMs: result.durationMs,
  };
  const record = (status: WebhookDeliveryRecord['status'], next: Date | null) =>
    services.webhookDeliveries.recordAttempt(
      communityId,
      delivery.id,
      delivery.round,
      { attempt, status, nextAttemptAt: next },
      delivery.recentAttempts,
    );

  const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
  if (ok) {
    await record('succeeded', null);
    await services.webhookEndpoints.markSucceeded(communityId, endpoint.id);
    return;
  }
  if (result.status === 410) {
    await record('failed', null);
    await disableAndTell(services, endpoint, 'gone', 'HTTP 410 Gone', now);
    throw new PermanentJobError('HTTP 410 Gone: endpoint disabled');
  }
  const failingSince = (await services.webhookEndpoints.markFailing(communityId, endpoint.id, now)) ?? now;
  if (now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) {
    await record('failed', null);
    await disableAndTell(services, endpoint, 'failing', describe(result), now);
    throw new PermanentJobError(`${describe(result)}; endpoint failing for 5 days: disabled`);
  }
  const next = nextAttemptAt(now, context.attempt + 1, result.retryAfterSeconds);
  await record(next ? 'pending' : 'failed', next);
  if (!next) throw new PermanentJobError(`${describe(result)}; all ${RETRY_DELAYS_MS.length} attempts failed`);
  throw new RetryJobError(describe(result), { retryAt: next });
}

/** Emails one admin (in their language) that an endpoint was disabled, why, and how to recover. */
export async function runWebhookDisabledNotice(services: Services, job: Job<WebhookDisabledNoticeJob>): Promise<void> {
  const [endpoint, admin, community] = await Promise.all([
    services.webhookEndpoints.findById(job.communityId, job.payload.endpointId),
    services.members.findById(job.communityId, job.payload.adminId),
    services.communities.findById(job.communityId),
  ]);
  if (!endpoint || !admin || !community) return; // deleted meanwhile: nothing to tell
  await services.mailer.send(
    webhookDisabledMail({
      to: admin.email,
      locale: admin.locale ?? 'en',
      community: community.name,
      url: endpoint.url,
      reason: job.payload.reason,
      ...(job.payload.lastError ? { lastError: job.payload.lastError } : {}),
    }),
  );
}
