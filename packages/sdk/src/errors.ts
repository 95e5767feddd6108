/** One field problem as the API reports it in `details` of a 400. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * Every failed call rejects with this (except an abort, which rejects with the signal's `AbortError`).
 * `code` is the API's stable code (`MENTOR_NOT_FOUND`, `SLOT_UNAVAILABLE`, …), or `NETWORK_ERROR`
 * (status 0) when no answer arrived.
 * @example
 * try { await client.createSession(input) }
 * catch (e) { if (e instanceof MentorKitApiError && e.code === 'SLOT_UNAVAILABLE') pickAnother() }
 */
export class MentorKitApiError extends Error {
  /** The API's error code, e.g. `VALIDATION_FAILED`. */
  readonly code: string;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** The API's `details`: for 400s a list of `{ path, message }`. */
  readonly details?: unknown;
  /** Seconds to wait before retrying (429, from `Retry-After`). */
  readonly retryAfter?: number;

  constructor(code: string, status: number, message: string, options: { details?: unknown; retryAfter?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'MentorKitApiError';
    this.code = code;
    this.status = status;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  /** Field problems of a 400, keyed by path (`{ email: 'Expected an email address…' }`); the first message per field. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const item of this.details as Partial<FieldError>[]) {
      if (typeof item?.path === 'string' && typeof item.message === 'string') out[item.path] ??= item.message;
    }
    return out;
  }
}

/** Builds the typed error from a non-2xx response (whatever its body). */
export async function errorFromResponse(response: Response): Promise<MentorKitApiError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    return new MentorKitApiError(error.code, response.status, typeof error.message === 'string' ? error.message : error.code, {
      details: error.details,
      retryAfter,
    });
  }
  return new MentorKitApiError(
    response.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR',
    response.status,
    `HTTP ${response.status} ${response.statusText}`.trim(),
    { retryAfter },
  );
}

/** True for the rejection of an aborted call, so callers can ignore it. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
