import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { mentorAvailabilitySchema, setAvailabilityInputSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { getMyAvailability, setMyAvailability } from '../services/availability-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const availabilityRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const tags = ['Availability'];

availabilityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/availability',
    operationId: 'getMyAvailability',
    tags,
    summary: "The caller's weekly windows, date overrides, blackouts and booking rules (mentors)",
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(mentorAvailabilitySchema, 'Availability and the booking rules in force'), ...errorResponses },
  }),
  async (c) => c.json(await getMyAvailability(c.get('services'), c.get('community'), c.get('auth')), 200),
);

availabilityRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/me/availability',
    operationId: 'setMyAvailability',
    tags,
    summary: "Replace the caller's availability and, optionally, set booking rules of their own (A1–A3)",
    description:
      'Windows are local wall-clock times in `availability.timeZone`. Blackout dates win over weekly windows and overrides. ' +
      "`bookingRules: null` (or left out) follows the community's defaults.",
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams, body: jsonBody(setAvailabilityInputSchema) },
    responses: { 200: jsonResponse(mentorAvailabilitySchema, 'The stored availability and the booking rules in force'), ...errorResponses },
  }),
  async (c) => c.json(await setMyAvailability(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('json')), 200),
);
