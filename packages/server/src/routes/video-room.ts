import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sessionNotesSchema, sessionParams, sessionRoomSchema, updateSessionNotesInputSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { getSessionNotes, updateSessionNotes } from '../services/session-notes-service.js';
import { getSessionRoom } from '../services/video-room-service.js';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** The built-in video room (SPEC V1–V4): what a participant needs to connect, and the shared notes (T4). */
export const videoRoomRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

videoRoomRoutes.use('/communities/:slug/sessions/:sessionId/room', authenticate());

videoRoomRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/sessions/{sessionId}/room',
    operationId: 'getSessionRoom',
    tags: ['Video room'],
    summary: "Enter a session's video room: its channels, the other participant, the join window and ICE servers (STUN, TURN credentials)",
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

videoRoomRoutes.use('/communities/:slug/sessions/:sessionId/notes', authenticate());

videoRoomRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/sessions/{sessionId}/notes',
    operationId: 'getSessionNotes',
    tags: ['Video room'],
    summary:
      "A session's shared notes (its two participants only): the merged Yjs document, its plain text and whether it is still editable",
    description:
      'Readable any time after the session too. `editable` turns false 7 days after the end or for sessions that are neither confirmed nor completed.',
    security: bearerSecurity,
    request: { params: sessionParams },
    responses: { 200: jsonResponse(sessionNotesSchema, 'The notes'), ...errorResponses },
  }),
  async (c) => c.json(await getSessionNotes(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').sessionId), 200),
);

videoRoomRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions/{sessionId}/notes',
    operationId: 'updateSessionNotes',
    tags: ['Video room'],
    summary: "Merge a Yjs update into a session's shared notes and send it live to the other participant",
    description:
      'Post `Y.encodeStateAsUpdate(doc, stateVector)` against the last `stateVector` you received; sending a change twice is harmless. ' +
      'The other side receives `notes.updated` on `private-session-{id}`. 409 NOTES_READ_ONLY once the notes are read-only.',
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(updateSessionNotesInputSchema) },
    responses: { 200: jsonResponse(sessionNotesSchema, 'The merged notes'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      await updateSessionNotes(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').sessionId, c.req.valid('json')),
      200,
    ),
);
