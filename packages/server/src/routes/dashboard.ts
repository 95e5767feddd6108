import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { dashboardSchema, getDashboardQuerySchema } from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { getDashboard } from '../services/dashboard-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonResponse, validationHook } from './openapi.js';

export const dashboardRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

dashboardRoutes.use('/communities/:slug/dashboard', authenticate());

dashboardRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/dashboard',
    operationId: 'getDashboard',
    tags: ['Dashboards'],
    summary: 'Numbers for the mentor (D1), mentee (D2) or admin (D3) dashboard',
    security: bearerSecurity,
    request: { params: communityParams, query: getDashboardQuerySchema },
    responses: { 200: jsonResponse(dashboardSchema, 'The dashboard of the requested view'), ...errorResponses },
  }),
  async (c) => c.json(await getDashboard(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('query').view), 200),
);
