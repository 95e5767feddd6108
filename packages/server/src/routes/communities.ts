import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  communitySchema,
  createCommunityInputSchema,
  createdCommunitySchema,
  publicCommunitySchema,
  updateCommunitySettingsInputSchema,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { requireCommunityAdmin, requirePlatformOperator } from '../middleware/authenticate/index.js';
import { toCommunity, toPublicCommunity } from '../services/api-shapes.js';
import { createCommunity, updateCommunitySettings } from '../services/community-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const communityRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

communityRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities',
    operationId: 'createCommunity',
    tags: ['Communities'],
    summary: 'Create a community (platform operators: Bearer MENTORKIT_ADMIN_TOKEN)',
    description: 'Returns the secret key once. Disabled unless MENTORKIT_ADMIN_TOKEN is set; `mentorkit community create` always works.',
    security: bearerSecurity,
    middleware: [requirePlatformOperator()] as const,
    request: { body: jsonBody(createCommunityInputSchema) },
    responses: { 201: jsonResponse(createdCommunitySchema, 'Created; keep the secret key safe'), ...errorResponses },
  }),
  async (c) => {
    const { community, secretKey } = await createCommunity(c.get('services'), c.req.valid('json'));
    return c.json({ community: toCommunity(community), secretKey }, 201);
  },
);

communityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}',
    operationId: 'getCommunity',
    tags: ['Communities'],
    summary: 'Public community info for widgets (name, locale, brand, real-time connection)',
    request: { params: communityParams },
    responses: { 200: jsonResponse(publicCommunitySchema, 'The community'), ...errorResponses },
  }),
  (c) => c.json(toPublicCommunity(c.get('community'), c.get('services').realtime.clientConfig), 200),
);

communityRoutes.use('/communities/:slug/settings', requireCommunityAdmin());

communityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/settings',
    operationId: 'getCommunitySettings',
    tags: ['Communities'],
    summary: 'The community with its settings (admins or secret key)',
    security: bearerSecurity,
    request: { params: communityParams },
    responses: { 200: jsonResponse(communitySchema, 'The community and its settings'), ...errorResponses },
  }),
  (c) => c.json(toCommunity(c.get('community')), 200),
);

communityRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/communities/{slug}/settings',
    operationId: 'updateCommunitySettings',
    tags: ['Communities'],
    summary: 'Change name, allowed origins or settings (admins or secret key)',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(updateCommunitySettingsInputSchema) },
    responses: { 200: jsonResponse(communitySchema, 'The updated community'), ...errorResponses },
  }),
  async (c) => {
    const updated = await updateCommunitySettings(c.get('services'), c.get('community'), c.req.valid('json'));
    return c.json(toCommunity(updated), 200);
  },
);
