import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { favoriteListSchema, idSchema, MentorKitError, okSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { MAX_FAVORITES } from '../repositories/favorite-repository.js';
import { isListed, toMentorCard } from '../services/mentor-service.js';
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
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const favorites = await services.favorites.list(community.id, auth.member.id);
    const profiles = new Map((await services.mentors.findProfiles(community.id, favorites.map((f) => f.mentorId))).map((p) => [p.id, p]));
    const items = favorites.flatMap((f) => {
      const profile = profiles.get(f.mentorId);
      return profile && isListed(profile) ? [{ ...toMentorCard(services, profile), favoritedAt: f.createdAt.toISOString() }] : [];
    });
    return c.json({ items }, 200);
  },
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
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const { mentorId } = c.req.valid('param');
    const profile = await services.mentors.findProfile(community.id, mentorId);
    if (!profile || !isListed(profile)) throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${mentorId} in this community`);
    if ((await services.favorites.count(community.id, auth.member.id)) >= MAX_FAVORITES) {
      throw new MentorKitError('CONFLICT', `You can save at most ${MAX_FAVORITES} mentors; remove some first`);
    }
    await services.favorites.add(community.id, auth.member.id, mentorId, services.now());
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
    await c.get('services').favorites.remove(c.get('community').id, c.get('auth').member.id, c.req.valid('param').mentorId);
    return c.json({ ok: true as const }, 200);
  },
);
