import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { checkHealth } from '../services/health-service.js';
import { jsonResponse, validationHook } from './openapi.js';

const healthSchema = z.object({
  status: z.literal('ok'),
  storage: z.enum(['embedded', 'mongodb']),
  mail: z.enum(['smtp', 'outbox']),
  uptimeSeconds: z.number(),
});

export const healthRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

healthRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    tags: ['Operations'],
    summary: 'Liveness and storage check',
    responses: { 200: jsonResponse(healthSchema, 'The service and its storage answer') },
  }),
  async (c) => c.json(await checkHealth(c.get('services')), 200),
);
