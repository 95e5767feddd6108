import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  applyAsMentorInputSchema,
  idSchema,
  listMentorApplicationsQuerySchema,
  listMentorsQuerySchema,
  mentorApplicationPageSchema,
  mentorDecisionInputSchema,
  mentorDirectoryPageSchema,
  MentorKitError,
  mentorPageSchema,
  mentorProfileSchema,
  updateMentorProfileInputSchema,
  validationFailed,
  type MentorDirectoryPage,
} from '@mentorkit/core';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppEnv, AuthContext } from '../context.js';
import { authenticate, requireCommunityAdmin } from '../middleware/authenticate/index.js';
import { rememberJsonText } from '../middleware/compression/index.js';
import { mentorPage } from '../services/mentor-page.js';
import { mentorPhoto } from '../services/mentor-photo.js';
import {
  applyAsMentor,
  decideMentor,
  listMentorApplications,
  MAX_PHOTO_BYTES,
  requireOwnProfile,
  toMentorProfile,
  updateMyMentorProfile,
  uploadMentorPhoto,
} from '../services/mentor-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';
import { clientHasCurrent } from './etag.js';

export const mentorRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** The photo upload takes up to 2 MB (plus a multipart envelope); app.ts exempts it from the 1 MB JSON limit. */
export const MENTOR_PHOTO_PATH = /^\/v1\/communities\/[^/]+\/me\/mentor-profile\/photo$/;

const tags = ['Mentors'];
const mentorParams = communityParams.extend({ mentorId: idSchema });

/** A 200 whose body is `T` already serialized by the service; typed for the route without serializing again. */
function serializedJson<T>(c: Context<AppEnv>, json: string): TypedResponse<T, 200, 'json'> {
  // Through the context, so headers set by middleware (CORS, request id) are kept.
  rememberJsonText(c, json);
  return c.body(json, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<T, 200, 'json'>;
}

/** Public routes that show more to admins: a token, when sent, must be valid. */
const optionalViewer: MiddlewareHandler<AppEnv> = (c, next) => {
  const header = c.req.header('authorization');
  if (!header) return next();
  return /^Bearer\s+sk_/i.test(header) ? requireCommunityAdmin()(c, next) : authenticate()(c, next);
};

mentorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentors',
    operationId: 'listMentors',
    tags,
    summary: 'The mentor directory: search, filters, sorts, cursor paging and facet counts (public)',
    description:
      '`q` matches name, skills and company, ignoring case and accents. `expertise` and `language` take comma-separated values ' +
      '(any of them matches); all filters must hold. Facets count the whole filtered set. Only approved mentors with mentoring enabled appear.',
    request: { params: communityParams, query: listMentorsQuerySchema },
    responses: { 200: jsonResponse(mentorDirectoryPageSchema, 'A page of mentors'), ...errorResponses },
  }),
  async (c) => {
    // The directory hands back serialized JSON: pages are assembled from cards serialized once.
    const json = await c.get('services').directory.listJson(c.get('services'), c.get('community'), c.req.valid('query'));
    return serializedJson<MentorDirectoryPage>(c, json);
  },
);

// The caller's own profile. Registered before `/mentors/{mentorId}` routes; paths under /me never clash with ids.
mentorRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/me/mentor-profile',
    operationId: 'applyAsMentor',
    tags,
    summary: 'Apply to become a mentor (C7)',
    description:
      "Creates the caller's profile. It waits for an admin (`pending`) unless the community approves automatically or the roster " +
      'already makes the caller a mentor; then it is `approved` at once and the caller holds the mentor role.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams, body: jsonBody(applyAsMentorInputSchema) },
    responses: { 201: jsonResponse(mentorProfileSchema, 'The new profile'), ...errorResponses },
  }),
  async (c) => {
    const profile = await applyAsMentor(c.get('services'), c.get('community'), c.get('auth').member, c.req.valid('json'));
    return c.json(toMentorProfile(c.get('services'), profile), 201);
  },
);

mentorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me/mentor-profile',
    operationId: 'getMyMentorProfile',
    tags,
    summary: "The caller's mentor profile, with status and edit version",
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams },
    responses: { 200: jsonResponse(mentorProfileSchema, 'The profile'), ...errorResponses },
  }),
  async (c) =>
    c.json(toMentorProfile(c.get('services'), await requireOwnProfile(c.get('services'), c.get('community'), c.get('auth'))), 200),
);

mentorRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/communities/{slug}/me/mentor-profile',
    operationId: 'updateMyMentorProfile',
    tags,
    summary: "Edit the caller's mentor profile (M1)",
    description:
      'Send the `version` you loaded; if somebody saved since, the answer is 409 STALE_VERSION and nothing changes. `null` clears an optional field.',
    security: bearerSecurity,
    middleware: [authenticate()] as const,
    request: { params: communityParams, body: jsonBody(updateMentorProfileInputSchema) },
    responses: { 200: jsonResponse(mentorProfileSchema, 'The updated profile'), ...errorResponses },
  }),
  async (c) => {
    const profile = await updateMyMentorProfile(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('json'));
    return c.json(toMentorProfile(c.get('services'), profile), 200);
  },
);

const photoBodyLimit = bodyLimit({
  maxSize: MAX_PHOTO_BYTES + 64 * 1024,
  onError: () => {
    throw new MentorKitError('PAYLOAD_TOO_LARGE', `Photos are limited to ${MAX_PHOTO_BYTES} bytes`);
  },
});

const binary = z.string().openapi({ format: 'binary' });

mentorRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/communities/{slug}/me/mentor-profile/photo',
    operationId: 'uploadMentorPhoto',
    tags,
    summary: "Upload the caller's photo: JPEG, PNG or WebP up to 2 MB (M3)",
    description:
      'Send the image bytes as the body (or multipart/form-data with a `photo` file). The type is read from the bytes; anything ' +
      "else is 415, over 2 MB is 413. The profile's `photoUrl` points at the stored image.",
    security: bearerSecurity,
    middleware: [authenticate(), photoBodyLimit] as const,
    request: {
      params: communityParams,
      body: {
        required: true,
        content: { 'image/jpeg': { schema: binary }, 'image/png': { schema: binary }, 'image/webp': { schema: binary } },
      },
    },
    responses: { 200: jsonResponse(mentorProfileSchema, 'The profile with its new photoUrl'), 415: errorResponses[400], ...errorResponses },
  }),
  async (c) => {
    let bytes: Buffer;
    if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      const form = await c.req.parseBody();
      const file = form.photo ?? form.file;
      if (!(file instanceof File)) {
        throw validationFailed('request body', { path: 'photo', message: 'Expected a file field named "photo"' });
      }
      bytes = Buffer.from(await file.arrayBuffer());
    } else {
      bytes = Buffer.from(await c.req.arrayBuffer());
    }
    const profile = await uploadMentorPhoto(c.get('services'), c.get('community'), c.get('auth'), bytes);
    return c.json(toMentorProfile(c.get('services'), profile), 200);
  },
);

mentorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentors/{mentorId}/photo',
    operationId: 'getMentorPhoto',
    tags,
    summary: "A mentor's photo, with ETag and Cache-Control (public while the mentor is listed; admins also see applicants')",
    security: [{}, ...bearerSecurity],
    middleware: [optionalViewer] as const,
    request: { params: mentorParams, query: z.strictObject({ v: z.string().max(64).optional() }) },
    responses: {
      200: {
        description: 'The image',
        content: { 'image/jpeg': { schema: binary }, 'image/png': { schema: binary }, 'image/webp': { schema: binary } },
      },
      304: { description: 'Not modified (If-None-Match matched)' },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { mentorId } = c.req.valid('param');
    const asAdmin = c.get('secretKeyAuth') === true || c.get('auth')?.roles.isAdmin === true;
    const { photo, listed } = await mentorPhoto(c.get('services'), c.get('community'), mentorId, asAdmin);
    const etag = `"${photo.etag}"`;
    // A URL carrying the current version never changes; others are revalidated after a few minutes.
    // An applicant's photo, shown to an admin, must not be kept by shared caches.
    c.header(
      'Cache-Control',
      !listed ? 'private, no-store' : c.req.valid('query').v === photo.etag ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    );
    c.header('ETag', etag);
    if (clientHasCurrent(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    c.header('Content-Type', photo.contentType);
    return c.body(new Uint8Array(photo.bytes), 200);
  },
);

mentorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentors/{mentorId}',
    operationId: 'getMentor',
    tags,
    summary: "A mentor's page: profile, rating, completed sessions, recent reviews, next open slots (public, M5)",
    description: 'Only approved mentors with mentoring enabled are found, except by admins (access token or secret key).',
    security: [{}, ...bearerSecurity],
    middleware: [optionalViewer] as const,
    request: { params: mentorParams },
    responses: { 200: jsonResponse(mentorPageSchema, 'The mentor page'), ...errorResponses },
  }),
  async (c) => {
    const auth: AuthContext | undefined = c.get('auth');
    const asAdmin = c.get('secretKeyAuth') === true || auth?.roles.isAdmin === true;
    const signedIn = c.get('secretKeyAuth') === true || auth !== undefined;
    return c.json(await mentorPage(c.get('services'), c.get('community'), c.req.valid('param').mentorId, { asAdmin, signedIn }), 200);
  },
);

for (const [decision, operationId, summary] of [
  ['approved', 'approveMentor', 'Approve a mentor application (admins or secret key, M2)'],
  ['rejected', 'rejectMentor', 'Reject a mentor application, with an optional reason (admins or secret key, M2)'],
] as const) {
  mentorRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/communities/{slug}/mentors/{mentorId}/${decision === 'approved' ? 'approve' : 'reject'}`,
      operationId,
      tags,
      summary,
      security: bearerSecurity,
      middleware: [requireCommunityAdmin()] as const,
      request: { params: mentorParams, body: { ...jsonBody(mentorDecisionInputSchema), required: false } },
      responses: { 200: jsonResponse(mentorProfileSchema, 'The profile after the decision'), ...errorResponses },
    }),
    async (c) => {
      const { reason } = c.req.valid('json') ?? {};
      const profile = await decideMentor(c.get('services'), c.get('community'), c.req.valid('param').mentorId, decision, reason);
      return c.json(toMentorProfile(c.get('services'), profile), 200);
    },
  );
}

mentorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/mentor-applications',
    operationId: 'listMentorApplications',
    tags,
    summary: 'Mentor profiles by status, oldest first: the approval queue (admins or secret key)',
    security: bearerSecurity,
    middleware: [requireCommunityAdmin()] as const,
    request: { params: communityParams, query: listMentorApplicationsQuerySchema },
    responses: { 200: jsonResponse(mentorApplicationPageSchema, 'A page of profiles'), ...errorResponses },
  }),
  async (c) => c.json(await listMentorApplications(c.get('services'), c.get('community'), c.req.valid('query')), 200),
);
