import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { idSchema, listMentorSlotsQuerySchema, MentorKitError, mentorSlotsSchema, slugSchema } from '@mentorkit/core';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { MAX_SLOTS_PER_ANSWER, slotPage } from '../services/slot-page.js';
import { errorResponses, jsonResponse, validationHook } from './openapi.js';

export const slotRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const DAY = 24 * 60 * 60_000;
/** The longest range one call may ask for. */
const MAX_RANGE_DAYS = 92;

slotRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentors/{mentorId}/slots',
    operationId: 'listMentorSlots',
    tags: ['Sessions'],
    summary: 'Open start times of a mentor (public), as UTC instants and in the viewer\'s time zone',
    description:
      'Range `[from, to)` defaults to the next 14 days (at most 92). `duration` defaults to the shortest the mentor offers. ' +
      'Each slot has `start` (UTC), `local` (the same instant on the viewer\'s clock, with offset) and `date` (the viewer\'s calendar date). ' +
      `One answer holds at most ${MAX_SLOTS_PER_ANSWER} slots; when more remain it carries \`nextFrom\`: ask again with \`from\` set to it.`,
    request: { params: z.object({ slug: slugSchema, mentorId: idSchema }), query: listMentorSlotsQuerySchema },
    responses: { 200: jsonResponse(mentorSlotsSchema, 'Open slots'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const { mentorId } = c.req.valid('param');
    const query = c.req.valid('query');
    // "From now" is taken to the minute so that repeated default questions share a cached answer.
    const from = query.from ? new Date(query.from) : new Date(Math.floor(services.now().getTime() / 60_000) * 60_000);
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + 14 * DAY);
    if (!(from < to)) throw new MentorKitError('VALIDATION_FAILED', 'Invalid request query: to: Expected "to" to be later than "from"', { details: [{ path: 'to', message: 'Expected a time after from' }] });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
      throw new MentorKitError('VALIDATION_FAILED', `Invalid request query: to: Expected a range of at most ${MAX_RANGE_DAYS} days`, { details: [{ path: 'to', message: `At most ${MAX_RANGE_DAYS} days after from` }] });
    }
    return c.json(await slotPage(services, community, mentorId, { from, to }, query), 200);
  },
);
