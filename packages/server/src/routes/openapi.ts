import { slugSchema, errorBodySchema, zodValidationError } from '@mentorkit/core';
import { z, type ZodType } from 'zod';
import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';

/** `{slug}` path parameter shared by every community-scoped operation. */
export const communityParams = z.object({ slug: slugSchema });

/** A required JSON request body (required, so a missing or non-JSON body is refused, not ignored). */
export function jsonBody<T extends ZodType>(schema: T, description?: string) {
  return { content: { 'application/json': { schema } }, required: true, ...(description ? { description } : {}) };
}

export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const errorContent = { 'application/json': { schema: errorBodySchema } };

/** The error answers every operation may give, documented once. */
export const errorResponses = {
  400: { description: 'Invalid input; `details` lists the failing fields', content: errorContent },
  401: { description: 'Not signed in, or the token is invalid', content: errorContent },
  403: { description: 'Signed in but not allowed', content: errorContent },
  404: { description: 'Not found', content: errorContent },
  409: { description: 'Conflict with the current state', content: errorContent },
  413: { description: 'Body too large', content: errorContent },
  429: { description: 'Rate limited; see Retry-After', content: errorContent },
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];

/** Turns a failed zod validation of params, query or body into our 400 (thrown to `onError`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (!result.success) {
    const target = (result as { target?: string }).target;
    throw zodValidationError(result.error, target === 'json' ? 'request body' : `request ${target ?? 'input'}`);
  }
};
