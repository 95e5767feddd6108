import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  cancelSessionInputSchema,
  createSessionInputSchema,
  declineSessionInputSchema,
  listMySessionsQuerySchema,
  meetingLinkInputSchema,
  mentorFeedbackInputSchema,
  rateSessionInputSchema,
  sessionPageSchema,
  sessionParams,
  sessionSchema,
  type SessionAction,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { createSession } from '../services/booking-service.js';
import {
  addMentorFeedback,
  changeSessionStatus,
  listMySessions,
  rateSession,
  setMeetingLink,
  toSession,
  visibleSession,
} from '../services/session-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const sessionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

sessionRoutes.use('/communities/:slug/sessions', authenticate());
sessionRoutes.use('/communities/:slug/sessions/*', authenticate());

const tags = ['Sessions'];
const one = (description: string) => ({ 200: jsonResponse(sessionSchema, description), ...errorResponses });

sessionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions',
    operationId: 'createSession',
    tags,
    summary: "Request a session at one of a mentor's open slots (mentees), or invite a member to an interview/project (employers)",
    description:
      'Answers 201 with the pending session and its cost estimate. 409 SLOT_UNAVAILABLE when the time is not open or was just taken; ' +
      "429 with Retry-After past the community's booking rate limit; 400 CANNOT_BOOK_SELF for oneself.",
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(createSessionInputSchema) },
    responses: { 201: jsonResponse(sessionSchema, 'The pending session'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const session = await createSession(services, community, auth, c.req.valid('json'));
    return c.json(await toSession(services, community.id, session), 201);
  },
);

sessionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/sessions',
    operationId: 'listMySessions',
    tags,
    summary: 'My sessions as mentor, mentee or both, by status and time, with cursor paging',
    description:
      '`status` takes a comma-separated list. `upcoming`: not yet ended, soonest first; `past`: ended, newest first. ' +
      '`changedSince` (an instant) keeps only sessions changed after it: after a real-time reconnect, re-read what was missed.',
    security: bearerSecurity,
    request: { params: communityParams, query: listMySessionsQuerySchema },
    responses: { 200: jsonResponse(sessionPageSchema, 'A page of sessions'), ...errorResponses },
  }),
  async (c) => c.json(await listMySessions(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('query')), 200),
);

sessionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/sessions/{sessionId}',
    operationId: 'getSession',
    tags,
    summary: 'One session (its participants and community admins; others get 404)',
    security: bearerSecurity,
    request: { params: sessionParams },
    responses: one('The session'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const session = await visibleSession(services, community, auth, c.req.valid('param').sessionId);
    return c.json(await toSession(services, community.id, session), 200);
  },
);

/** One lifecycle action (SPEC S2) as `POST /sessions/{id}/<path>`. */
function statusRoute(options: { path: string; operationId: string; action: SessionAction; summary: string; withReason: boolean }) {
  const reasonBody = options.action === 'cancel' ? cancelSessionInputSchema : declineSessionInputSchema;
  sessionRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/communities/{slug}/sessions/{sessionId}/${options.path}`,
      operationId: options.operationId,
      tags,
      summary: options.summary,
      security: bearerSecurity,
      request: options.withReason ? { params: sessionParams, body: jsonBody(reasonBody) } : { params: sessionParams },
      responses: one('The updated session'),
    }),
    async (c) => {
      const services = c.get('services');
      const community = c.get('community');
      const auth = c.get('auth');
      const reason = options.withReason ? (c.req.valid('json' as never) as { reason?: string }).reason : undefined;
      const updated = await changeSessionStatus(services, community, auth, c.req.valid('param').sessionId, options.action, reason);
      return c.json(await toSession(services, community.id, updated), 200);
    },
  );
}

statusRoute({
  path: 'confirm',
  operationId: 'confirmSession',
  action: 'confirm',
  withReason: false,
  summary: 'Confirm a pending request (the mentor; the invited member for employer sessions)',
});
statusRoute({
  path: 'decline',
  operationId: 'declineSession',
  action: 'decline',
  withReason: true,
  summary: 'Decline a pending request, optionally with a reason; frees the time',
});
statusRoute({
  path: 'cancel',
  operationId: 'cancelSession',
  action: 'cancel',
  withReason: true,
  summary: 'Cancel: the requester while pending; either side once confirmed, with a required reason. Frees the time',
});
statusRoute({
  path: 'complete',
  operationId: 'completeSession',
  action: 'complete',
  withReason: false,
  summary: 'Mark a confirmed session completed once it has started (the mentor)',
});
statusRoute({
  path: 'no-show',
  operationId: 'markNoShow',
  action: 'no_show',
  withReason: false,
  summary: 'Mark a confirmed session as a no-show once it has started (either side)',
});

sessionRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/sessions/{sessionId}/meeting-link',
    operationId: 'setMeetingLink',
    tags,
    summary: 'Set or change the external meeting link of a confirmed session (the mentor; https only, platform detected)',
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(meetingLinkInputSchema) },
    responses: one('The session with its meeting link'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const updated = await setMeetingLink(services, community, auth, c.req.valid('param').sessionId, c.req.valid('json').url);
    return c.json(await toSession(services, community.id, updated), 200);
  },
);

sessionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions/{sessionId}/rating',
    operationId: 'rateSession',
    tags,
    summary: 'Rate a completed session 1–5 with an optional review, once (the mentee)',
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(rateSessionInputSchema) },
    responses: one('The rated session'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const updated = await rateSession(services, community, auth, c.req.valid('param').sessionId, c.req.valid('json'));
    return c.json(await toSession(services, community.id, updated), 200);
  },
);

sessionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/sessions/{sessionId}/mentor-feedback',
    operationId: 'addMentorFeedback',
    tags,
    summary: 'Leave feedback for the mentee of a completed session, once (the mentor)',
    security: bearerSecurity,
    request: { params: sessionParams, body: jsonBody(mentorFeedbackInputSchema) },
    responses: one('The session with the feedback'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const updated = await addMentorFeedback(services, community, auth, c.req.valid('param').sessionId, c.req.valid('json').feedback);
    return c.json(await toSession(services, community.id, updated), 200);
  },
);
