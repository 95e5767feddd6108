import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  listNotificationsQuerySchema,
  markNotificationsReadInputSchema,
  markNotificationsReadResultSchema,
  notificationPageSchema,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { listNotifications, markNotificationsRead } from '../services/notification-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** In-app notifications (SPEC T5). */
export const inAppNotificationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

inAppNotificationRoutes.use('/communities/:slug/me/notifications', authenticate());
inAppNotificationRoutes.use('/communities/:slug/me/notifications/*', authenticate());

const tags = ['Notifications'];

inAppNotificationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/notifications',
    operationId: 'listNotifications',
    tags,
    summary: 'My notifications, newest first (or `since` a cursor, oldest first), with the unread count',
    security: bearerSecurity,
    request: { params: communityParams, query: listNotificationsQuerySchema },
    responses: { 200: jsonResponse(notificationPageSchema, 'A page of notifications'), ...errorResponses },
  }),
  async (c) => c.json(await listNotifications(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('query')), 200),
);

inAppNotificationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/me/notifications/read',
    operationId: 'markNotificationsRead',
    tags,
    summary: 'Mark some (`ids`) or all (`all: true`) of my notifications read',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(markNotificationsReadInputSchema) },
    responses: { 200: jsonResponse(markNotificationsReadResultSchema, 'How many changed and the unread count now'), ...errorResponses },
  }),
  async (c) => c.json(await markNotificationsRead(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('json')), 200),
);
