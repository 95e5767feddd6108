/**
 * Events a site owner can receive on a webhook endpoint (SPEC N3). Names follow the Standard Webhooks
 * advice: full-stop delimited, `[a-z_]` only. A payload of one type always has the same shape.
 * Kept apart from the zod schemas so widgets can list them without bundling zod.
 */
export const webhookEventTypes = [
  'session.requested',
  'session.confirmed',
  'session.declined',
  'session.cancelled',
  'session.completed',
  'session.rescheduled',
  'mentorship.requested',
  'mentorship.accepted',
  'mentorship.declined',
  'mentorship.ended',
  'mentor.applied',
  'mentor.approved',
  'member.imported',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];
