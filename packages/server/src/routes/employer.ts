import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { invitableMemberPageSchema, listInvitableMembersQuerySchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { listInvitableMembers } from '../services/employer-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonResponse, validationHook } from './openapi.js';

/** What employers need besides `createSession` with `kind: interview | project` (SPEC S8). */
export const employerRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

employerRoutes.use('/communities/:slug/employer/*', authenticate());

employerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/employer/members',
    operationId: 'listInvitableMembers',
    tags: ['Sessions'],
    summary: 'Members an employer may invite to an interview or project session, searched by name (employers only; no emails)',
    security: bearerSecurity,
    request: { params: communityParams, query: listInvitableMembersQuerySchema },
    responses: { 200: jsonResponse(invitableMemberPageSchema, 'A page of members, by name'), ...errorResponses },
  }),
  async (c) => c.json(await listInvitableMembers(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('query')), 200),
);
