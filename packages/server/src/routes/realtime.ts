import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MentorKitError, parseRealtimeChannel, realtimeAuthInputSchema, realtimeAuthSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
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
      '`private-session-{id}` and `presence-session-{id}` for the session\'s two participants; `private-conversation-{id}` for its members. ' +
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
    const services = c.get('services');
    const { member } = c.get('auth');
    const { socket_id: socketId, channel_name: channel } = c.req.valid('form');
    const parsed = parseRealtimeChannel(channel);
    const who = { communityId: c.get('community').id, memberId: member.id };
    if (!parsed || !(await services.realtimeRules.allows(services, who, parsed.kind, parsed.id))) {
      throw new MentorKitError('FORBIDDEN', `You may not subscribe to ${channel}`);
    }
    const presence = parsed.kind === 'session-presence' ? { userId: member.id, userInfo: { name: member.name } } : undefined;
    return c.json(services.realtime.signChannel(socketId, channel, presence), 200);
  },
);
