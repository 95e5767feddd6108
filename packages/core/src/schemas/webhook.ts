import { z } from 'zod';
import { webhookEventTypes } from '../webhook-events.js';
import { cursorSchema, idSchema, slugSchema } from './common.js';

export const webhookEventTypeSchema = z.enum(webhookEventTypes);

/** `*` subscribes to every event, including ones added later. */
export const webhookEventFilterSchema = z
  .array(z.union([webhookEventTypeSchema, z.literal('*')], { message: `Expected "*" or one of: ${webhookEventTypes.join(', ')}` }))
  .min(1, 'Expected at least one event (or "*" for all)')
  .max(webhookEventTypes.length + 1)
  .refine((events) => new Set(events).size === events.length, { message: 'Expected each event once' });

/**
 * Where deliveries go: an absolute http(s) URL without credentials. Whether plain http and private
 * addresses are accepted depends on the service's configuration (checked by the service).
 */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2048, 'Expected a URL of at most 2048 characters')
  .pipe(z.url({ protocol: /^https?$/, message: 'Expected an https:// URL' }))
  .refine(
    (value) => {
      // Also runs after a failed URL check (zod keeps going): never throw here.
      try {
        const url = new URL(value);
        return url.username === '' && url.password === '';
      } catch {
        return true;
      }
    },
    { message: 'Expected a URL without user name or password (deliveries are signed instead)' },
  );

export const webhookDescriptionSchema = z.string().trim().max(500, 'Expected a description of at most 500 characters');

export const createWebhookInputSchema = z.strictObject({
  url: webhookUrlSchema,
  events: webhookEventFilterSchema.default(['*']),
  description: webhookDescriptionSchema.optional(),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInputSchema>;

export const updateWebhookInputSchema = z
  .strictObject({
    url: webhookUrlSchema.optional(),
    events: webhookEventFilterSchema.optional(),
    /** `null` clears it. */
    description: webhookDescriptionSchema.nullable().optional(),
    /** Re-enabling an endpoint that was disabled (by you, by a 410, or for failing) clears its failure record. */
    enabled: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'Expected at least one of url, events, description, enabled' });
export type UpdateWebhookInput = z.infer<typeof updateWebhookInputSchema>;

export const rotateWebhookSecretInputSchema = z.strictObject({
  /**
   * Hours the previous secret keeps signing beside the new one (the `webhook-signature` header then carries
   * two signatures), so receivers can switch without losing events. 0 stops it at once (a leaked secret).
   */
  previousSecretHours: z.number().int().min(0).max(72).default(24),
});

export const webhookParams = z.object({ slug: slugSchema, webhookId: idSchema });
export const webhookDeliveryParams = z.object({ slug: slugSchema, webhookId: idSchema, deliveryId: idSchema });

/** Why an endpoint stopped receiving: an admin, the receiver's `410 Gone`, or days of failures. */
export const webhookDisabledReasonSchema = z.enum(['manual', 'gone', 'failing']);

export const webhookEndpointSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().optional(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  disabledReason: webhookDisabledReasonSchema.nullable(),
  disabledAt: z.iso.datetime().nullable(),
  /** First failure since the last success; an endpoint failing for 5 days is disabled. */
  failingSince: z.iso.datetime().nullable(),
  /** When the previous secret stops signing after a rotation (null when there is none). */
  previousSecretExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Returned by create and rotate only: the signing secret is shown once. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({
  secret: z.string().describe('`whsec_` + base64 of 32 random bytes; store it now, it is not shown again'),
});

export const webhookListSchema = z.object({ items: z.array(webhookEndpointSchema) });

export const webhookDeliveryStatusSchema = z.enum(['pending', 'succeeded', 'failed', 'cancelled']);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatusSchema>;

export const webhookAttemptSchema = z.object({
  at: z.iso.datetime(),
  /** The receiver's HTTP status; absent when no response came (refused address, timeout, connection error). */
  responseStatus: z.number().int().optional(),
  error: z.string().optional(),
  durationMs: z.number().int(),
});

/** One event for one endpoint; its `id` is the `webhook-id` header, the same on every attempt. */
export const webhookDeliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventType: webhookEventTypeSchema,
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  /** The most recent attempts, newest last (at most 10). */
  recentAttempts: z.array(webhookAttemptSchema),
  /** The signed body, exactly as sent. */
  payload: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const listWebhookDeliveriesQuerySchema = z.strictObject({
  status: webhookDeliveryStatusSchema.optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListWebhookDeliveriesQuery = z.infer<typeof listWebhookDeliveriesQuerySchema>;

export const webhookDeliveryPageSchema = z.object({ items: z.array(webhookDeliverySchema), nextCursor: z.string().nullable() });

/** A member as webhooks show them: id and name only (no email — minimal personal data). */
const partySchema = z.object({ id: z.string(), name: z.string() });

/** `data` of `session.*` events. Topic, description, reasons and meeting links are left out (member text). */
export const webhookSessionDataSchema = z.object({
  session: z.object({
    id: z.string(),
    kind: z.string(),
    status: z.string(),
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    durationMinutes: z.number().int(),
    mentor: partySchema,
    mentee: partySchema,
    requestedBy: z.string(),
    hasMeetingLink: z.boolean(),
  }),
  /** For `session.rescheduled`: the times before the move. */
  previous: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }).optional(),
  /** The member who caused the event; absent when the community's secret key or the system did. */
  actorId: z.string().optional(),
});

export const webhookMentorshipDataSchema = z.object({
  mentorship: z.object({
    id: z.string(),
    status: z.string(),
    mentor: partySchema,
    mentee: partySchema,
    startedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
  }),
  actorId: z.string().optional(),
});

export const webhookMentorDataSchema = z.object({
  mentor: z.object({ id: z.string(), name: z.string(), status: z.string() }),
  actorId: z.string().optional(),
});

export const webhookMemberImportDataSchema = z.object({
  import: z.object({ created: z.number().int(), updated: z.number().int(), total: z.number().int() }),
});

/** The JSON body of every delivery (Standard Webhooks payload structure). */
export const webhookPayloadSchema = z.object({
  type: webhookEventTypeSchema,
  /** When the event happened (not when this attempt was made: see the `webhook-timestamp` header). */
  timestamp: z.iso.datetime(),
  /** The community the event belongs to. */
  community: z.object({ id: z.string(), slug: z.string() }),
  data: z.union([webhookSessionDataSchema, webhookMentorshipDataSchema, webhookMentorDataSchema, webhookMemberImportDataSchema]),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
