import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  idSchema,
  removeMemberInputSchema,
  removeMemberResultSchema,
  rotatedSecretKeySchema,
  rotateSecretKeyInputSchema,
  signOutMemberResultSchema,
  slugSchema,
} from '@mentorkit/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { requireCommunityAdmin } from '../middleware/authenticate/index.js';
import { removeMember, rotateSecretKey, signOutMemberEverywhere, type Actor } from '../services/deprovision-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** SPEC C8: taking access away — members removed or signed out everywhere, the secret key rotated. */
export const deprovisioningRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// `/members/*` is already admin-only (routes/members.ts registers requireCommunityAdmin for it).
deprovisioningRoutes.use('/communities/:slug/secret-key/rotate', requireCommunityAdmin());

const memberParams = z.object({ slug: slugSchema, memberId: idSchema });
const tags = ['Members'];

function actorOf(c: Context<AppEnv>): Actor {
  return c.get('secretKeyAuth') ? {} : { memberId: c.get('auth').member.id };
}

deprovisioningRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/members/{memberId}/remove',
    operationId: 'removeMember',
    tags,
    summary: 'Disable or remove a member: sign-ins revoked, future sessions cancelled with notice (admins or secret key)',
    description:
      '`mode: "disable"` (default) keeps the record and refuses every sign-in; `"remove"` also erases name and email. ' +
      "Both revoke the member's sign-ins at once, cancel their pending and confirmed sessions that have not started (the other side is notified; `reason` is shown to them) " +
      'and unlist their mentor profile.',
    security: bearerSecurity,
    request: { params: memberParams, body: jsonBody(removeMemberInputSchema) },
    responses: { 200: jsonResponse(removeMemberResultSchema, 'What was revoked and cancelled'), ...errorResponses },
  }),
  async (c) => {
    const { memberId } = c.req.valid('param');
    return c.json(await removeMember(c.get('services'), c.get('community'), memberId, c.req.valid('json'), actorOf(c)), 200);
  },
);

deprovisioningRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/members/{memberId}/sign-out',
    operationId: 'signOutMemberEverywhere',
    tags,
    summary: 'Sign a member out on every device: all their sign-ins revoked, access tokens refused at once (admins or secret key)',
    security: bearerSecurity,
    request: { params: memberParams },
    responses: { 200: jsonResponse(signOutMemberResultSchema, 'How many sign-ins were revoked'), ...errorResponses },
  }),
  async (c) => c.json(await signOutMemberEverywhere(c.get('services'), c.get('community'), c.req.valid('param').memberId), 200),
);

deprovisioningRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/secret-key/rotate',
    operationId: 'rotateSecretKey',
    tags: ['Communities'],
    summary: 'Replace the community secret key (admins or secret key); the old key is refused at once or after `graceSeconds`',
    description:
      'The new key is shown once. `graceSeconds` (0 to 604800, default 0) keeps the previous key working meanwhile, for the host site to deploy the new one.',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(rotateSecretKeyInputSchema) },
    responses: { 200: jsonResponse(rotatedSecretKeySchema, 'The new key'), ...errorResponses },
  }),
  async (c) => c.json(await rotateSecretKey(c.get('services'), c.get('community'), c.req.valid('json').graceSeconds), 200),
);
