import { MentorKitError, zodValidationError, type ErrorBody } from '@mentorkit/core';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { AppEnv } from '../../context.js';

function fromHttpException(error: HTTPException): MentorKitError {
  if (error.status === 413) return new MentorKitError('PAYLOAD_TOO_LARGE', 'Request body is too large');
  if (error.status === 400 && /json/i.test(error.message)) {
    return new MentorKitError('MALFORMED_JSON', 'The request body is not valid JSON');
  }
  if (error.status === 415) return new MentorKitError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Type: send application/json');
  if (error.status === 401) return new MentorKitError('UNAUTHENTICATED', error.message || 'Sign-in required');
  if (error.status === 403) return new MentorKitError('FORBIDDEN', error.message || 'Forbidden');
  if (error.status === 404) return new MentorKitError('NOT_FOUND', error.message || 'Not found');
  if (error.status === 400) return new MentorKitError('VALIDATION_FAILED', error.message || 'Bad request');
  return new MentorKitError('INTERNAL', error.message || 'Internal error');
}

/**
 * The one place errors become responses: `{ error: { code, message, details } }` with the code's
 * status (and Retry-After for 429). Anything unexpected is logged and answered 500 — always a bug.
 */
export const errorHandler: ErrorHandler<AppEnv> = (error, c) => {
  let mapped: MentorKitError;
  if (error instanceof MentorKitError) mapped = error;
  else if (error instanceof HTTPException) mapped = fromHttpException(error);
  else if (error instanceof ZodError) mapped = zodValidationError(error, 'request');
  else mapped = new MentorKitError('INTERNAL', 'Internal error', { cause: error });

  if (mapped.status >= 500) {
    c.get('services')?.logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'request failed');
  }
  if (mapped.retryAfter !== undefined) c.header('Retry-After', String(mapped.retryAfter));
  // The rest of an over-long body is never read: the socket can't carry another request.
  if (mapped.code === 'PAYLOAD_TOO_LARGE') c.header('Connection', 'close');
  return c.json<ErrorBody>(mapped.toBody(), mapped.status as ContentfulStatusCode);
};

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  c.json<ErrorBody>({ error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}` } }, 404);
