import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressedBodies } from './compressed-bodies.js';

const body = (n: number) => JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ n, i, name: `mentor ${i}` })) });

test('compresses each body once per encoding and keeps the most recently used within its budget', async () => {
  const bodies = new CompressedBodies(3 * body(0).length);
  const first = await bodies.get('br', body(1));
  assert.equal(brotliDecompressSync(first).toString(), body(1));
  assert.equal(gunzipSync(await bodies.get('gzip', body(1))).toString(), body(1));
  assert.equal(await bodies.get('br', body(1)), first, 'the same bytes come from the cache');

  const second = await bodies.get('br', body(2));
  await bodies.get('br', body(1)); // body 1 is now the most recently used
  await bodies.get('br', body(3)); // over budget: body 2, the least recently used, goes first
  assert.equal(await bodies.get('br', body(1)), first, 'body 1 stayed');
  const again = await bodies.get('br', body(2));
  assert.notEqual(again, second, 'body 2 was dropped and compressed again');
  assert.equal(brotliDecompressSync(again).toString(), body(2));
});
