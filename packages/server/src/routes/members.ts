import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  importMembersInputSchema,
  importMembersResultSchema,
  listMembersQuerySchema,
  memberPageSchema,
  MentorKitError,
} from '@mentorkit/core';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { requireCommunityAdmin } from '../middleware/authenticate/index.js';
import { listMembers } from '../services/member-admin-service.js';
import { importMembers, parseMembersCsv, validateRows } from '../services/member-import.js';
import { bearerSecurity, communityParams, errorResponses, jsonResponse, validationHook } from './openapi.js';

export const memberRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

memberRoutes.use('/communities/:slug/members', requireCommunityAdmin());
memberRoutes.use('/communities/:slug/members/*', requireCommunityAdmin());

memberRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/members/import',
    operationId: 'importMembers',
    tags: ['Members'],
    summary: 'Import or update members from JSON or CSV (admins or secret key)',
    description:
      'JSON: `{ "members": [{ "email", "name", "membershipType", "externalId"?, "isAdmin"? }] }`. CSV (`text/csv`): a header row with ' +
      'email, name, membership type, external id, is admin. Every row is checked first; any problem rejects the whole import with line numbers.',
    security: bearerSecurity,
    request: {
      params: communityParams,
      // Not `required`: the JSON validator must only run for JSON bodies; CSV is parsed below.
      body: {
        required: false,
        content: {
          'application/json': { schema: importMembersInputSchema },
          'text/csv': { schema: z.string() },
        },
      },
    },
    responses: { 200: jsonResponse(importMembersResultSchema, 'Counts of created and updated members'), ...errorResponses },
  }),
  async (c) => {
    const type = c.req.header('content-type') ?? '';
    let rows: { line: number; raw: unknown }[];
    if (type.startsWith('text/csv')) rows = parseMembersCsv(await c.req.text());
    else if (type.startsWith('application/json'))
      rows = (c.req.valid('json') as { members: unknown[] }).members.map((raw, i) => ({ line: i + 1, raw }));
    else throw new MentorKitError('UNSUPPORTED_MEDIA_TYPE', 'Send application/json or text/csv');
    const result = await importMembers(c.get('services'), c.get('community'), validateRows(rows));
    return c.json(result, 200);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/members',
    operationId: 'listMembers',
    tags: ['Members'],
    summary: 'List members by email, with search and cursor paging (admins or secret key)',
    security: bearerSecurity,
    request: { params: communityParams, query: listMembersQuerySchema },
    responses: { 200: jsonResponse(memberPageSchema, 'A page of members'), ...errorResponses },
  }),
  async (c) => c.json(await listMembers(c.get('services'), c.get('community'), c.req.valid('query')), 200),
);
