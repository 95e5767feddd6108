import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('serves a value until it expires, shares concurrent loads, and forgets on delete', async () => {
    let clock = 0;
    let loads = 0;
    const cache = new TtlCache<number>(1000, 100, () => clock);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    assert.deepEqual([a, b, loads], [1, 1, 1], 'one load for concurrent misses');
    clock = 999;
    assert.equal(await cache.get('k', load), 1);
    clock = 1000;
    assert.equal(await cache.get('k', load), 2, 'expired after ttl');
    cache.delete('k');
    assert.equal(await cache.get('k', load), 3, 'a write on this instance is seen at once');
  });

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<number>(1000, 100, () => 0);
    await assert.rejects(cache.get('k', () => Promise.reject(new Error('store down'))));
    assert.equal(await cache.get('k', async () => 7), 7);
  });

  it('stays bounded', async () => {
    const cache = new TtlCache<number>(1000, 3, () => 0);
    let loads = 0;
    for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, async () => ++loads);
    assert.equal(await cache.get('a', async () => ++loads), 5, 'the full cache was cleared');
  });
});
