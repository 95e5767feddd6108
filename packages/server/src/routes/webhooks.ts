import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  createWebhookInputSchema,
  listWebhookDeliveriesQuerySchema,
  okSchema,
  rotateWebhookSecretInputSchema,
  updateWebhookInputSchema,
  webhookDeliveryPageSchema,
  webhookDeliveryParams,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
  webhookListSchema,
  webhookParams,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { requireCommunityAdmin } from '../middleware/authenticate/index.js';
import { toWebhookDelivery, toWebhookEndpoint, toWebhookEndpointWithSecret } from '../services/api-shapes.js';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../webhooks/webhook-admin-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** Webhook endpoints of a community (SPEC N3): admins (member token with isAdmin) or the secret key. */
export const webhookRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

webhookRoutes.use('/communities/:slug/webhooks', requireCommunityAdmin());
webhookRoutes.use('/communities/:slug/webhooks/*', requireCommunityAdmin());

const tags = ['Webhooks'];

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/webhooks',
    operationId: 'createWebhook',
    tags,
    summary: 'Add a webhook endpoint; the answer holds its signing secret, shown this once (admins or secret key)',
    description:
      'Deliveries follow the Standard Webhooks specification: `webhook-id`, `webhook-timestamp` and `webhook-signature` headers, ' +
      "retried on the spec's schedule. The URL must be https:// and must not name a private, loopback, link-local or metadata " +
      'address (unless the service runs with WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true). `events` defaults to `["*"]` (all).',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(createWebhookInputSchema) },
    responses: { 201: jsonResponse(webhookEndpointWithSecretSchema, 'The endpoint and its secret'), ...errorResponses },
  }),
  async (c) => {
    const created = await createWebhook(c.get('services'), c.get('community'), c.req.valid('json'));
    return c.json(toWebhookEndpointWithSecret(created), 201);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/webhooks',
    operationId: 'listWebhooks',
    tags,
    summary: "List the community's webhook endpoints, without secrets (admins or secret key)",
    security: bearerSecurity,
    request: { params: communityParams },
    responses: { 200: jsonResponse(webhookListSchema, 'Endpoints, oldest first'), ...errorResponses },
  }),
  async (c) => {
    const records = await listWebhooks(c.get('services'), c.get('community'));
    return c.json({ items: records.map(toWebhookEndpoint) }, 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/communities/{slug}/webhooks/{webhookId}',
    operationId: 'updateWebhook',
    tags,
    summary: "Change an endpoint's URL, events or description, or disable / re-enable it (admins or secret key)",
    security: bearerSecurity,
    request: { params: webhookParams, body: jsonBody(updateWebhookInputSchema) },
    responses: { 200: jsonResponse(webhookEndpointSchema, 'The endpoint as changed'), ...errorResponses },
  }),
  async (c) => {
    const updated = await updateWebhook(c.get('services'), c.get('community'), c.req.valid('param').webhookId, c.req.valid('json'));
    return c.json(toWebhookEndpoint(updated), 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/communities/{slug}/webhooks/{webhookId}',
    operationId: 'deleteWebhook',
    tags,
    summary: 'Delete an endpoint and its delivery log; pending retries stop (admins or secret key)',
    security: bearerSecurity,
    request: { params: webhookParams },
    responses: { 200: jsonResponse(okSchema, 'Deleted'), ...errorResponses },
  }),
  async (c) => {
    await deleteWebhook(c.get('services'), c.get('community'), c.req.valid('param').webhookId);
    return c.json({ ok: true as const }, 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/webhooks/{webhookId}/rotate-secret',
    operationId: 'rotateWebhookSecret',
    tags,
    summary: 'Replace the signing secret, shown once; the previous one keeps co-signing for `previousSecretHours` (admins or secret key)',
    security: bearerSecurity,
    request: { params: webhookParams, body: jsonBody(rotateWebhookSecretInputSchema) },
    responses: { 200: jsonResponse(webhookEndpointWithSecretSchema, 'The endpoint and its new secret'), ...errorResponses },
  }),
  async (c) => {
    const rotated = await rotateWebhookSecret(
      c.get('services'),
      c.get('community'),
      c.req.valid('param').webhookId,
      c.req.valid('json').previousSecretHours,
    );
    return c.json(toWebhookEndpointWithSecret(rotated), 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/webhooks/{webhookId}/deliveries',
    operationId: 'listWebhookDeliveries',
    tags,
    summary: "An endpoint's deliveries, newest first: status, attempts, response codes, next attempt (admins or secret key)",
    security: bearerSecurity,
    request: { params: webhookParams, query: listWebhookDeliveriesQuerySchema },
    responses: { 200: jsonResponse(webhookDeliveryPageSchema, 'A page of deliveries (kept 30 days)'), ...errorResponses },
  }),
  async (c) => {
    const page = await listWebhookDeliveries(c.get('services'), c.get('community'), c.req.valid('param').webhookId, c.req.valid('query'));
    return c.json({ items: page.items.map(toWebhookDelivery), nextCursor: page.nextCursor }, 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver',
    operationId: 'redeliverWebhook',
    tags,
    summary: 'Send a delivery again now (same webhook-id), with a fresh retry schedule (admins or secret key)',
    security: bearerSecurity,
    request: { params: webhookDeliveryParams },
    responses: { 202: jsonResponse(webhookDeliverySchema, 'The delivery, queued'), ...errorResponses },
  }),
  async (c) => {
    const { webhookId, deliveryId } = c.req.valid('param');
    const delivery = await redeliverWebhook(c.get('services'), c.get('community'), webhookId, deliveryId);
    return c.json(toWebhookDelivery(delivery), 202);
  },
);
