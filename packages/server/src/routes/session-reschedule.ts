import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { proposeRescheduleInputSchema, respondRescheduleInputSchema, sessionParams, sessionSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { proposeReschedule, respondToReschedule } from '../services/reschedule-service.js';
import { toSession } from '../services/session-service.js';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** Moving a session to a new time (SPEC S3): one side proposes, the other answers. */
export const sessionRescheduleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

sessionRescheduleRoutes.use('/communities/:slug/sessions/:sessionId/reschedule', authenticate());
sessionRescheduleRoutes.use('/communities/:slug/sessions/:sessionId/reschedule/*', authenticate());

const tags = ['Sessions'];

sessionRescheduleRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions/{sessionId}/reschedule',
    operationId: 'proposeReschedule',
    tags,
    summary: 'Propose a new start for a pending or confirmed session (either participant); replaces an open proposal',
    description:
      "The duration stays. For mentorship sessions the start must be one of the mentor's open slots (409 SLOT_UNAVAILABLE otherwise). Nothing is claimed until the other side accepts.",
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(proposeRescheduleInputSchema) },
    responses: { 200: jsonResponse(sessionSchema, 'The session with its open proposal'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const updated = await proposeReschedule(services, community, c.get('auth'), c.req.valid('param').sessionId, c.req.valid('json'));
    return c.json(await toSession(services, community.id, updated), 200);
  },
);

sessionRescheduleRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions/{sessionId}/reschedule/respond',
    operationId: 'respondToReschedule',
    tags,
    summary: "Accept or decline the other participant's reschedule proposal",
    description:
      'On accept the new time is claimed before the old one is released (never both, never neither); the history keeps both times. ' +
      '409 SLOT_UNAVAILABLE when the new time was taken meanwhile: the session keeps its time and the proposal.',
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(respondRescheduleInputSchema) },
    responses: {
      200: jsonResponse(sessionSchema, 'The session, moved (accept) or with the proposal dropped (decline)'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const updated = await respondToReschedule(
      services,
      community,
      c.get('auth'),
      c.req.valid('param').sessionId,
      c.req.valid('json').decision,
    );
    return c.json(await toSession(services, community.id, updated), 200);
  },
);
