import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';
import { preferredEncoding } from './accept-encoding.js';
import { CompressedBodies } from './compressed-bodies.js';

/** Bodies handlers sent as ready-made JSON text, so compression need not read them back from the response. */
const jsonTexts = new WeakMap<Context, string>();

/**
 * For handlers that answer serialized JSON: hands the text to the compression below directly. Reading
 * it back from a finished response costs about as much as the rest of a cached directory page.
 */
export function rememberJsonText(c: Context, text: string): void {
  jsonTexts.set(c, text);
}

/**
 * Compresses JSON answers of `threshold` bytes or more (mentor pages, the OpenAPI document) for clients
 * that accept brotli or gzip. Answers to clients that accept neither are left untouched, so they keep
 * @hono/node-server's fast path; repeated bodies are compressed once (CompressedBodies). Measured in
 * docs/performance.md.
 */
export function compressJson(threshold = 1024): MiddlewareHandler<AppEnv> {
  const compressed = new CompressedBodies();
  return async (c, next) => {
    await next();
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    if (!encoding || c.req.method === 'HEAD') return;
    const res = c.res;
    if (!res.headers.get('content-type')?.startsWith('application/json') || res.headers.has('content-encoding')) return;
    const remembered = jsonTexts.get(c);
    if (remembered !== undefined && remembered.length < threshold) return;
    const text = remembered ?? (await res.text());
    if (text.length < threshold) {
      replace(c, new Response(text, { status: res.status, headers: res.headers }));
      return;
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    headers.append('Vary', 'Accept-Encoding');
    replace(c, new Response((await compressed.get(encoding, text)) as Uint8Array<ArrayBuffer>, { status: res.status, headers }));
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
