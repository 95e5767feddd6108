import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { mentorAvailabilitySchema, setAvailabilityInputSchema, type MentorAvailability } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import { requireOwnProfile } from '../services/mentor-service.js';
import type { Services } from '../services.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const availabilityRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const tags = ['Availability'];

async function availabilityOf(services: Services, community: CommunityRecord, profile: MentorProfileRecord): Promise<MentorAvailability> {
  const availability = (await services.availability.get(community.id, profile.id)) ?? {
    timeZone: profile.timeZone,
    weekly: [],
    overrides: [],
    blackouts: [],
  };
  return {
    availability,
    bookingRulesOverride: profile.bookingRules ?? null,
    bookingRules: profile.bookingRules ?? community.settings.defaultBookingRules,
  };
}

availabilityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/availability',
    operationId: 'getMyAvailability',
    tags,
    summary: 'The caller\'s weekly windows, date overrides, blackouts and booking rules (mentors)',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(mentorAvailabilitySchema, 'Availability and the booking rules in force'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const profile = await requireOwnProfile(services, community, auth);
    return c.json(await availabilityOf(services, community, profile), 200);
  },
);

availabilityRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/me/availability',
    operationId: 'setMyAvailability',
    tags,
    summary: 'Replace the caller\'s availability and, optionally, set booking rules of their own (A1–A3)',
    description:
      'Windows are local wall-clock times in `availability.timeZone`. Blackout dates win over weekly windows and overrides. ' +
      '`bookingRules: null` (or left out) follows the community\'s defaults.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams, body: jsonBody(setAvailabilityInputSchema) },
    responses: { 200: jsonResponse(mentorAvailabilitySchema, 'The stored availability and the booking rules in force'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const profile = await requireOwnProfile(services, community, auth);
    const input = c.req.valid('json');
    const now = services.now();
    await services.availability.set(community.id, profile.id, input.availability, now);
    await services.mentors.setBookingRules(community.id, profile.id, input.bookingRules ?? null, now);
    services.slotAnswers.invalidate(community.id, profile.id);
    const { bookingRules: _old, ...rest } = profile;
    const updated = input.bookingRules ? { ...rest, bookingRules: input.bookingRules } : rest;
    return c.json(await availabilityOf(services, community, updated), 200);
  },
);
