import { MentorKitApiError } from './errors.js';
import type { BinaryBody, OperationSpec } from './operation.js';

/** A request ready for `fetch`, before the Authorization header. */
export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

function queryString(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isBinaryBody(input: Record<string, unknown>): boolean {
  const file = input.file;
  return typeof Blob !== 'undefined' && file instanceof Blob && Object.keys(input).every((key) => key === 'file' || key === 'contentType');
}

/**
 * Fills the path (`{slug}` from the community, other `{params}` from the input), then puts the rest of
 * the input in the query (GET, DELETE) or the body.
 */
export function prepareRequest(
  spec: OperationSpec,
  baseUrl: string,
  community: string,
  input: Record<string, unknown> = {},
): PreparedRequest {
  const rest: Record<string, unknown> = { ...input };
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'slug') return encodeURIComponent(community);
    const value = rest[name];
    delete rest[name];
    if (typeof value !== 'string' || value === '') {
      throw new MentorKitApiError('VALIDATION_FAILED', 0, `Missing path parameter "${name}"`, {
        details: [{ path: name, message: 'Required' }],
      });
    }
    return encodeURIComponent(value);
  });
  const request: PreparedRequest = { url: baseUrl + path, method: spec.method, headers: { accept: 'application/json' } };
  if (!spec.input) {
    // Nothing beyond the path: stray keys (a misplaced `{ signal }`) are never serialized.
  } else if (spec.method === 'GET' || spec.method === 'DELETE') {
    request.url += queryString(rest);
  } else if (spec.input === 'binary' || (spec.input === 'json' && isBinaryBody(rest))) {
    // A JSON operation that also accepts a file (e.g. importMembers with a CSV upload) sends it as is.
    const { file, contentType } = rest as unknown as BinaryBody;
    request.headers['content-type'] = contentType ?? ((file as Blob).type || 'application/octet-stream');
    request.body = file as BodyInit;
  } else if (spec.input === 'form') {
    request.headers['content-type'] = 'application/x-www-form-urlencoded';
    request.body = queryString(rest).slice(1);
  } else if (spec.input === 'json') {
    request.headers['content-type'] = 'application/json';
    request.body = JSON.stringify(rest);
  }
  return request;
}
