/**
 * The one error type that crosses every boundary in MentorKit: the service throws it, the HTTP layer
 * turns it into `{ error: { code, message, details } }` with the status below, and the SDK rethrows it
 * typed. Codes are stable; messages are for developers and may change.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_CODE: 400,
  IMPORT_INVALID: 400,
  CANNOT_BOOK_SELF: 400,
  /** A webhook URL that is not https, or that names a private, loopback or metadata address. */
  WEBHOOK_URL_NOT_ALLOWED: 400,
  UNAUTHENTICATED: 401,
  INVALID_TOKEN: 401,
  INVALID_SECRET_KEY: 401,
  FORBIDDEN: 403,
  MENTORSHIP_REQUIRED: 403,
  ORIGIN_NOT_ALLOWED: 403,
  ROLE_REQUIRED: 403,
  NOT_MEMBER: 403,
  NOT_PARTICIPANT: 403,
  NOT_CONNECTED: 403,
  NOT_FOUND: 404,
  COMMUNITY_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  MENTOR_NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  MENTORSHIP_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  CONVERSATION_NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  STALE_VERSION: 409,
  SLOT_UNAVAILABLE: 409,
  INVALID_TRANSITION: 409,
  SESSION_NOT_CONFIRMED: 409,
  ROOM_NOT_OPEN: 409,
  NOTES_READ_ONLY: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field-level problems, as `[{ path: 'email', message: 'Invalid email' }]`, or any JSON detail. */
export type ErrorDetails = unknown;

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; details?: ErrorDetails };
}

/**
 * A failure with a stable code.
 * @example throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${id} in this community`)
 */
export class MentorKitError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;
  /** Seconds after which a rate-limited call may be retried (429 only). */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetails; cause?: unknown; retryAfter?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'MentorKitError';
    this.code = code;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  /** The HTTP status this error is answered with. */
  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}
