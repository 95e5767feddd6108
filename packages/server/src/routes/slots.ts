import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { idSchema, listMentorSlotsQuerySchema, mentorSlotsSchema, slugSchema } from '@mentorkit/core';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { MAX_RANGE_DAYS, MAX_SLOTS_PER_ANSWER, slotPage } from '../services/slot-page.js';
import { errorResponses, jsonResponse, validationHook } from './openapi.js';

export const slotRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

slotRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentors/{mentorId}/slots',
    operationId: 'listMentorSlots',
    tags: ['Sessions'],
    summary: "Open start times of a mentor (public), as UTC instants and in the viewer's time zone",
    description:
      `Range \`[from, to)\` defaults to the next 14 days (at most ${MAX_RANGE_DAYS}). \`duration\` defaults to the shortest the mentor offers. ` +
      "Each slot has `start` (UTC), `local` (the same instant on the viewer's clock, with offset) and `date` (the viewer's calendar date). " +
      `One answer holds at most ${MAX_SLOTS_PER_ANSWER} slots; when more remain it carries \`nextFrom\`: ask again with \`from\` set to it.`,
    request: { params: z.object({ slug: slugSchema, mentorId: idSchema }), query: listMentorSlotsQuerySchema },
    responses: { 200: jsonResponse(mentorSlotsSchema, 'Open slots'), ...errorResponses },
  }),
  async (c) => c.json(await slotPage(c.get('services'), c.get('community'), c.req.valid('param').mentorId, c.req.valid('query')), 200),
);
