import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { preferredEncoding, type Encoding } from '../middleware/compression/accept-encoding.js';
import { clientHasCurrent } from './etag.js';

/** Files in a `chunks/` folder carry a hash of their content in their name: they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Stable names (`mentorkit.js`, `cdn/mentor-directory.js`) change with a release: revalidate by ETag. */
const REVALIDATE = 'public, no-cache';
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
/** Relative paths of servable files: no dot segments, no hidden files, only the types above. */
const SAFE_PATH = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:js|map|json)$/;

interface Asset {
  file: string;
  mtimeMs: number;
  size: number;
  contentType: string;
  /** Hash of the uncompressed bytes; each encoding gets its own strong ETag from it. */
  hash: string;
  identity: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/**
 * The built widgets (`packages/widgets/dist`, `@mentorkit/widgets` when installed from npm), served with
 * the encodings precompressed at build time (`.br`/`.gz` siblings; compressed once in memory when a
 * sibling is missing, e.g. after a bare `rollup -c`), long-lived caching for hashed chunk names and ETag
 * revalidation for stable names. Files are re-read when their size or modification time changes.
 */
export function widgetAssetRoutes(widgetsDir: string | undefined): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const cache = new Map<string, Asset>();

  function load(relative: string): Asset | undefined {
    if (!widgetsDir || !SAFE_PATH.test(relative)) return undefined;
    const file = path.join(widgetsDir, relative);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return undefined;
    }
    if (!stats.isFile()) return undefined;
    const cached = cache.get(relative);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
    const identity = readFileSync(file);
    const asset: Asset = {
      mtimeMs: stats.mtimeMs,
      size: stats.size,
      contentType: CONTENT_TYPES[path.extname(file)]!,
      hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
      identity,
      encoded: {},
      file,
    };
    cache.set(relative, asset);
    return asset;
  }

  function encoded(asset: Asset, encoding: Encoding): Buffer {
    let body = asset.encoded[encoding];
    if (!body) {
      const sibling = `${asset.file}${encoding === 'br' ? '.br' : '.gz'}`;
      if (existsSync(sibling) && statSync(sibling).mtimeMs >= asset.mtimeMs) body = readFileSync(sibling);
      else if (encoding === 'br') body = brotliCompressSync(asset.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      else body = gzipSync(asset.identity, { level: 9 });
      asset.encoded[encoding] = body;
    }
    return body;
  }

  routes.get('/mentorkit/*', (c) => {
    const relative = c.req.path.slice('/mentorkit/'.length);
    const asset = load(relative);
    if (!asset) return c.notFound();
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    const etag = `"${asset.hash}${encoding ? `-${encoding}` : ''}"`;
    const headers: Record<string, string> = {
      'Cache-Control': /(^|\/)chunks\//.test(relative) ? IMMUTABLE : REVALIDATE,
      ETag: etag,
      Vary: 'Accept-Encoding',
      // `<script type="module" src="…/mentorkit/mentorkit.js">` works from any allowed host page.
      'Access-Control-Allow-Origin': '*',
    };
    if (clientHasCurrent(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    headers['Content-Type'] = asset.contentType;
    if (encoding) headers['Content-Encoding'] = encoding;
    const body = encoding ? encoded(asset, encoding) : asset.identity;
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });
  return routes;
}
