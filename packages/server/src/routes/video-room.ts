import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sessionParams, sessionRoomSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { getSessionRoom } from '../services/video-room-service.js';
import { bearerSecurity, errorResponses, jsonResponse, validationHook } from './openapi.js';

/** The built-in video room (SPEC V1–V4): what a participant needs to connect. */
export const videoRoomRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

videoRoomRoutes.use('/communities/:slug/sessions/:sessionId/room', authenticate());

videoRoomRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/sessions/{sessionId}/room',
    operationId: 'getSessionRoom',
    tags: ['Video room'],
    summary: 'Enter a session\'s video room: its channels, the other participant, the join window and ICE servers (STUN, TURN credentials)',
    description:
      'Only for a participant of a confirmed session inside its join window (10 minutes before the start to 15 minutes after the end). ' +
      '403 NOT_PARTICIPANT for anybody else; 409 SESSION_NOT_CONFIRMED; 409 ROOM_NOT_OPEN with `details.reason` `too_early` or `too_late` ' +
      'and `details.joinOpensAt` / `joinClosesAt`; 404 for a session of another community. TURN credentials (coturn REST form) are minted per call.',
    security: bearerSecurity,
    request: { params: sessionParams },
    responses: { 200: jsonResponse(sessionRoomSchema, 'The room'), ...errorResponses },
  }),
  async (c) => c.json(await getSessionRoom(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').sessionId), 200),
);
