import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { favoriteListSchema, idSchema, okSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { addFavorite, listFavorites, removeFavorite } from '../services/favorite-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonResponse, validationHook } from './openapi.js';

export const favoriteRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const tags = ['Favorites'];
const favoriteParams = communityParams.extend({ mentorId: idSchema });

favoriteRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/favorites',
    operationId: 'listFavorites',
    tags,
    summary: 'The mentors the caller saved, newest first (M6)',
    description: 'Mentors who are no longer listed (not approved, or mentoring disabled) are left out until they are again.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(favoriteListSchema, 'Saved mentors'), ...errorResponses },
  }),
  async (c) => c.json(await listFavorites(c.get('services'), c.get('community'), c.get('auth')), 200),
);

favoriteRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/me/favorites/{mentorId}',
    operationId: 'addFavorite',
    tags,
    summary: 'Save a mentor (idempotent)',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: favoriteParams },
    responses: { 200: jsonResponse(okSchema, 'Saved (also when it already was)'), ...errorResponses },
  }),
  async (c) => {
    await addFavorite(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').mentorId);
    return c.json({ ok: true as const }, 200);
  },
);

favoriteRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/communities/{slug}/me/favorites/{mentorId}',
    operationId: 'removeFavorite',
    tags,
    summary: 'Forget a saved mentor (idempotent)',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: favoriteParams },
    responses: { 200: jsonResponse(okSchema, 'Removed (also when it was not saved)'), ...errorResponses },
  }),
  async (c) => {
    await removeFavorite(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').mentorId);
    return c.json({ ok: true as const }, 200);
  },
);
