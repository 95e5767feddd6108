import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  endMentorshipInputSchema,
  listMyMentorshipsQuerySchema,
  mentorshipListSchema,
  mentorshipParams,
  mentorshipSchema,
  requestMentorshipInputSchema,
  respondToMentorshipInputSchema,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { endMentorship, listMyMentorships, requestMentorship, respondToMentorship, toMentorships } from '../services/mentorship-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const mentorshipRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

mentorshipRoutes.use('/communities/:slug/mentorships', authenticate());
mentorshipRoutes.use('/communities/:slug/mentorships/*', authenticate());

const tags = ['Mentorships'];
const one = (description: string) => ({ 200: jsonResponse(mentorshipSchema, description), ...errorResponses });

mentorshipRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/mentorships',
    operationId: 'requestMentorship',
    tags,
    summary: 'Ask a mentor to connect, with a message (mentees)',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(requestMentorshipInputSchema) },
    responses: { 201: jsonResponse(mentorshipSchema, 'The pending request'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const created = await requestMentorship(services, community, auth, c.req.valid('json'));
    return c.json((await toMentorships(services, community.id, [created]))[0]!, 201);
  },
);

mentorshipRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentorships',
    operationId: 'listMyMentorships',
    tags,
    summary: '"My students" (role=mentor) or "my mentors" (role=mentee), with each pair\'s record',
    security: bearerSecurity,
    request: { params: communityParams, query: listMyMentorshipsQuerySchema },
    responses: { 200: jsonResponse(mentorshipListSchema, 'Mentorships, newest first'), ...errorResponses },
  }),
  async (c) => c.json({ items: await listMyMentorships(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('query')) }, 200),
);

mentorshipRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/mentorships/{mentorshipId}/respond',
    operationId: 'respondToMentorship',
    tags,
    summary: 'Accept or decline a mentorship request (the mentor)',
    security: bearerSecurity,
    request: { params: mentorshipParams, body: jsonBody(respondToMentorshipInputSchema) },
    responses: one('The answered mentorship'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const updated = await respondToMentorship(services, community, auth, c.req.valid('param').mentorshipId, c.req.valid('json').decision);
    return c.json((await toMentorships(services, community.id, [updated]))[0]!, 200);
  },
);

mentorshipRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/mentorships/{mentorshipId}/end',
    operationId: 'endMentorship',
    tags,
    summary: 'End a mentorship (either side), or withdraw a pending request (the mentee)',
    security: bearerSecurity,
    request: { params: mentorshipParams, body: jsonBody(endMentorshipInputSchema) },
    responses: one('The ended mentorship'),
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const updated = await endMentorship(services, community, auth, c.req.valid('param').mentorshipId, c.req.valid('json').reason);
    return c.json((await toMentorships(services, community.id, [updated]))[0]!, 200);
  },
);
