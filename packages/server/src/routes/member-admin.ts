import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { memberParams, memberSchema, setMemberAdminInputSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { requireCommunityAdmin } from '../middleware/authenticate/index.js';
import { toMember } from '../services/api-shapes.js';
import { setMemberAdmin } from '../services/member-admin-service.js';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** What admins change on one member. */
export const memberAdminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

memberAdminRoutes.use('/communities/:slug/members/:memberId/admin', requireCommunityAdmin());

memberAdminRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/members/{memberId}/admin',
    operationId: 'setMemberAdmin',
    tags: ['Members'],
    summary: "Grant or take back a member's admin flag (admins or secret key; nobody removes their own)",
    security: bearerSecurity,
    request: { params: memberParams, body: jsonBody(setMemberAdminInputSchema) },
    responses: { 200: jsonResponse(memberSchema, 'The member with their roles'), ...errorResponses },
  }),
  async (c) => {
    const auth = c.get('secretKeyAuth') ? undefined : c.get('auth');
    const updated = await setMemberAdmin(
      c.get('services'),
      c.get('community'),
      auth,
      c.req.valid('param').memberId,
      c.req.valid('json').isAdmin,
    );
    return c.json(toMember(updated), 200);
  },
);
