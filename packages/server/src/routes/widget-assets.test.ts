import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { preferredEncoding } from '../middleware/compression/accept-encoding.js';
import { rawGet } from '../testing/raw-get.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { ensureWidgetBundles } from '../testing/widget-bundles.js';

describe('widget bundles and JSON answers travel compressed and cached (E7)', () => {
  let server: TestServer;
  before(async () => {
    ensureWidgetBundles();
    server = await startTestServer();
  });
  after(() => server.stop());

  it('sends brotli to clients that accept it, gzip to gzip-only clients, the plain file to the rest', async () => {
    const url = `${server.url}/mentorkit/cdn/mentor-directory.js`;
    const plain = await rawGet(url);
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers['content-type']), /^text\/javascript/);
    assert.match(plain.body.toString(), /from"\.\/chunks\//, 'the entry imports shared chunks');
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip, br;q=0' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), plain.body);
    for (const answer of [plain, br, gzip]) assert.equal(answer.headers.vary, 'Accept-Encoding');

    // mentorkit.js is a small entry over one large chunk (its lazily loaded elements share that code).
    const entry = await rawGet(`${server.url}/mentorkit/mentorkit.js`);
    const chunk = entry.body.toString().match(/from"\.\/(chunks\/[\w.-]+\.js)"/)?.[1];
    assert.ok(chunk, 'mentorkit.js imports its chunk');
    const bundle = await rawGet(`${server.url}/mentorkit/${chunk}`, { 'accept-encoding': 'br' });
    const size = brotliDecompressSync(bundle.body).length;
    assert.ok(size > 50_000 && bundle.body.length < size / 3, `${chunk} travels as ${bundle.body.length} of ${size} bytes`);
  });

  it('caches hashed chunks for a year and revalidates stable names by ETag', async () => {
    const url = `${server.url}/mentorkit/cdn/mentor-directory.js`;
    const entry = await rawGet(url, { 'accept-encoding': 'br' });
    assert.equal(entry.headers['cache-control'], 'public, no-cache');
    const etag = String(entry.headers.etag);
    assert.match(etag, /^"[\w-]+-br"$/);
    const revalidated = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': etag });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.body.length, 0);
    assert.equal(revalidated.headers.etag, etag);
    const otherEncoding = await rawGet(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    assert.equal(otherEncoding.status, 200, 'a gzip client gets its own representation, not a 304 for the brotli one');

    const chunk = brotliDecompressSync(entry.body)
      .toString()
      .match(/"\.\/(chunks\/[\w.-]+\.js)"/)?.[1];
    assert.ok(chunk, 'the entry names a hashed chunk');
    const hashed = await rawGet(`${server.url}/mentorkit/cdn/${chunk}`, { 'accept-encoding': 'br' });
    assert.equal(hashed.status, 200);
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(hashed.headers['access-control-allow-origin'], '*');
  });

  it('serves nothing but the built JavaScript, maps and manifest', async () => {
    for (const pathname of [
      '/mentorkit/..%2f..%2fpackage.json',
      '/mentorkit/../../package.json',
      '/mentorkit/types/index.d.ts',
      '/mentorkit/.tsbuildinfo',
      '/mentorkit/cdn/nope.js',
    ]) {
      assert.equal((await rawGet(server.url + pathname)).status, 404, pathname);
    }
  });

  it('compresses JSON answers of 1 KB or more for clients that accept it, and leaves the rest alone', async () => {
    const doc = await rawGet(`${server.url}/v1/openapi.json`, { 'accept-encoding': 'br' });
    assert.equal(doc.headers['content-encoding'], 'br');
    assert.match(String(doc.headers.vary), /Accept-Encoding/);
    assert.ok(doc.headers['x-request-id'], 'headers set before the handler survive');
    assert.equal(JSON.parse(brotliDecompressSync(doc.body).toString()).openapi, '3.1.0');

    const url = `${server.url}/v1/communities/demo/mentors?limit=20`;
    const page = await rawGet(url, { 'accept-encoding': 'gzip' });
    const plain = await rawGet(url);
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length >= 1024, `the page is ${plain.body.length} bytes`);
    assert.deepEqual(JSON.parse(gunzipSync(page.body).toString()), JSON.parse(plain.body.toString()));
    assert.equal(JSON.parse(plain.body.toString()).items.length, 20);

    const health = await rawGet(`${server.url}/health`, { 'accept-encoding': 'br' });
    assert.equal(health.status, 200);
    assert.equal(health.headers['content-encoding'], undefined, 'small answers are not worth compressing');
    assert.equal(JSON.parse(health.body.toString()).status, 'ok');
  });

  it('reads Accept-Encoding with its weights', () => {
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('*;q=0.5'), 'br');
    assert.equal(preferredEncoding('identity'), undefined);
    assert.equal(preferredEncoding('gzip;q=0'), undefined);
    assert.equal(preferredEncoding(undefined), undefined);
  });
});
