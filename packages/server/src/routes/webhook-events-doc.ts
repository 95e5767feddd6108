import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  webhookEventTypes,
  webhookMemberImportDataSchema,
  webhookMentorDataSchema,
  webhookMentorshipDataSchema,
  webhookSessionDataSchema,
  type WebhookEventType,
} from '@mentorkit/core';
import { z } from 'zod';

const dataSchemaOf = (type: WebhookEventType) =>
  type.startsWith('session.')
    ? webhookSessionDataSchema
    : type.startsWith('mentorship.')
      ? webhookMentorshipDataSchema
      : type.startsWith('mentor.')
        ? webhookMentorDataSchema
        : webhookMemberImportDataSchema;

const headers = z.object({
  'webhook-id': z.string().describe('The delivery id (`msg_…`), the same on every retry: use it to process an event once'),
  'webhook-timestamp': z.string().describe('Seconds since the epoch when this attempt was made; refuse old ones'),
  'webhook-signature': z
    .string()
    .describe(
      '`v1,<base64 HMAC-SHA256 of id.timestamp.body>` keyed with the base64-decoded part of your `whsec_` secret; space-delimited when two secrets sign during a rotation',
    ),
});

/**
 * Documents what an endpoint receives, one entry per event, in the OpenAPI document's `webhooks`
 * section (OpenAPI 3.1), so generated clients and the reference page show the payloads.
 */
export function documentWebhookEvents(registry: OpenAPIHono['openAPIRegistry']): void {
  for (const type of webhookEventTypes) {
    registry.registerWebhook({
      method: 'post',
      path: type,
      tags: ['Webhooks'],
      summary: `${type} (sent to endpoints subscribed to it or to "*")`,
      request: {
        headers,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                type: z.literal(type),
                timestamp: z.iso.datetime(),
                community: z.object({ id: z.string(), slug: z.string() }),
                data: dataSchemaOf(type),
              }),
            },
          },
        },
      },
      responses: {
        200: {
          description:
            'Any 2xx acknowledges the delivery. 410 disables the endpoint; anything else (3xx included) is retried, later if Retry-After asks.',
        },
      },
    });
  }
}
