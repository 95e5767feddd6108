import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { realtimeAuthInputSchema, realtimeAuthSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { authorizeChannel } from '../realtime/channel-authorization.js';
import { bearerSecurity, communityParams, errorResponses, jsonResponse, validationHook } from './openapi.js';

export const realtimeRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

realtimeRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/realtime/auth',
    operationId: 'authorizeRealtimeChannel',
    tags: ['Real-time'],
    summary: 'Sign a private or presence channel subscription (Pusher channel authorization)',
    description:
      'Form-encoded `socket_id` and `channel_name`, exactly as pusher-js sends them. Allowed: `private-member-{id}` for that member; ' +
      "`private-session-{id}` and `presence-session-{id}` for the session's two participants; `private-conversation-{id}` for its members. " +
      'Every other channel is refused with 403. See docs/realtime.md.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: {
      params: communityParams,
      body: { content: { 'application/x-www-form-urlencoded': { schema: realtimeAuthInputSchema } }, required: true },
    },
    responses: { 200: jsonResponse(realtimeAuthSchema, 'The Pusher `auth` (and `channel_data` for presence channels)'), ...errorResponses },
  }),
  async (c) => {
    const { socket_id: socketId, channel_name: channel } = c.req.valid('form');
    return c.json(await authorizeChannel(c.get('services'), c.get('community'), c.get('auth').member, socketId, channel), 200);
  },
);
