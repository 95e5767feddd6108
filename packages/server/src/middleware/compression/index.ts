import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';
import { preferredEncoding, type Encoding } from './accept-encoding.js';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Fast settings for answers compressed per request (quality 4 brotli is quicker than gzip -6 and smaller). */
function compress(encoding: Encoding, body: Uint8Array): Promise<Buffer> {
  return encoding === 'br'
    ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipAsync(body, { level: 6 });
}

/**
 * Compresses JSON answers of `threshold` bytes or more (mentor pages, the OpenAPI document) for clients
 * that accept brotli or gzip. Answers to clients that accept neither are left untouched, so they keep
 * @hono/node-server's fast path; measured in docs/performance.md.
 */
export function compressJson(threshold = 1024): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    if (!encoding || c.req.method === 'HEAD') return;
    const res = c.res;
    if (!res.headers.get('content-type')?.startsWith('application/json') || res.headers.has('content-encoding')) return;
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < threshold) {
      replace(c, new Response(body, { status: res.status, headers: res.headers }));
      return;
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    headers.append('Vary', 'Accept-Encoding');
    replace(c, new Response((await compress(encoding, body)) as Uint8Array<ArrayBuffer>, { status: res.status, headers }));
  };
}

/**
 * Swaps the finished response. Clearing it first stops Hono from copying the old response's headers
 * (and re-wrapping the new body in a stream) — the new response already carries every header.
 */
function replace(c: Parameters<MiddlewareHandler<AppEnv>>[0], response: Response): void {
  c.res = undefined;
  c.res = response;
}
