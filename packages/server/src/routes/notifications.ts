import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { calendarFeedSchema, notificationPreferencesSchema, updateNotificationPreferencesInputSchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { getCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '../calendar/calendar-feed-service.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { getNotificationPreferences, updateNotificationPreferences } from '../notifications/recipients.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** The caller's email preferences and private calendar feed (SPEC N1, N2). */
export const notificationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const tags = ['Notifications'];

notificationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/notification-preferences',
    operationId: 'getNotificationPreferences',
    tags,
    summary: 'Which emails the caller gets, in which language and time zone (N1)',
    description: 'Sign-in codes and cancellations are always sent and have no switch.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(notificationPreferencesSchema, 'The preferences in effect'), ...errorResponses },
  }),
  async (c) => c.json(await getNotificationPreferences(c.get('services'), c.get('community'), c.get('auth').member.id), 200),
);

notificationRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/communities/{slug}/me/notification-preferences',
    operationId: 'updateNotificationPreferences',
    tags,
    summary: 'Change email switches, language or time zone (only the fields given)',
    description:
      "`timeZone: null` forgets the chosen zone (emails then use a mentor profile's zone, else UTC). The job runner reads the switches when it sends, so a change applies to mail already queued.",
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams, body: jsonBody(updateNotificationPreferencesInputSchema) },
    responses: { 200: jsonResponse(notificationPreferencesSchema, 'The preferences in effect after the change'), ...errorResponses },
  }),
  async (c) =>
    c.json(await updateNotificationPreferences(c.get('services'), c.get('community'), c.get('auth').member.id, c.req.valid('json')), 200),
);

notificationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/calendar-feed',
    operationId: 'getCalendarFeed',
    tags,
    summary: "The caller's private calendar feed URL, if one exists (N2)",
    description:
      "The URL is a secret: anyone who has it can read the caller's sessions. `url` is null until `rotateCalendarFeed` creates one.",
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(calendarFeedSchema, 'The feed (url null when there is none)'), ...errorResponses },
  }),
  async (c) => c.json(await getCalendarFeed(c.get('services'), c.get('community'), c.get('auth').member.id), 200),
);

notificationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/me/calendar-feed/rotate',
    operationId: 'rotateCalendarFeed',
    tags,
    summary: 'Create the feed, or replace its URL (the old one answers 404 at once)',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(calendarFeedSchema, 'The new feed URL'), ...errorResponses },
  }),
  async (c) => c.json(await rotateCalendarFeed(c.get('services'), c.get('community'), c.get('auth').member.id), 200),
);

notificationRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/communities/{slug}/me/calendar-feed',
    operationId: 'revokeCalendarFeed',
    tags,
    summary: 'Turn the feed off (its URL answers 404 at once; idempotent)',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(calendarFeedSchema, 'No feed (url null)'), ...errorResponses },
  }),
  async (c) => c.json(await revokeCalendarFeed(c.get('services'), c.get('community'), c.get('auth').member.id), 200),
);
