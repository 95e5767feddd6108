import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTrustProxy, resolveClientAddress } from './client-address.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('the real client address behind proxies (issue 11, item 2)', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY says whom to trust', () => {
    assert.equal(resolveClientAddress('10.0.0.2', '203.0.113.5', null), '10.0.0.2');
    assert.equal(resolveClientAddress('10.0.0.2', '203.0.113.5', parseTrustProxy('1')), '203.0.113.5');
    // Two hops: the client's own (spoofable) entries on the left are skipped.
    assert.equal(resolveClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.5, 10.0.0.9', parseTrustProxy('2')), '203.0.113.5');
    assert.equal(
      resolveClientAddress('10.0.0.2', '203.0.113.5', parseTrustProxy('2')),
      '203.0.113.5',
      'fewer entries than hops: the leftmost',
    );
    const cidrs = parseTrustProxy('10.0.0.0/8, 127.0.0.1/32, ::1/128');
    assert.equal(resolveClientAddress('10.0.0.2', '9.9.9.9, 203.0.113.5, 10.1.2.3', cidrs), '203.0.113.5');
    assert.equal(resolveClientAddress('::ffff:127.0.0.1', '203.0.113.7', cidrs), '203.0.113.7', 'IPv4-mapped peers match IPv4 ranges');
    assert.equal(
      resolveClientAddress('198.51.100.1', '203.0.113.5', cidrs),
      '198.51.100.1',
      'a peer outside the trusted ranges is the client',
    );
    assert.equal(resolveClientAddress('10.0.0.2', undefined, cidrs), '10.0.0.2');
    assert.equal(resolveClientAddress('10.0.0.2', 'not-an-ip', parseTrustProxy('1')), '10.0.0.2', 'garbage is not an address');
    assert.throws(() => parseTrustProxy('10.0.0.0/99'), /TRUST_PROXY/);
    assert.throws(() => parseTrustProxy('banana'), /TRUST_PROXY/);
  });
});

const base = '/v1/communities/demo';

describe('sign-in budgets behind a trusted proxy', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ TRUST_PROXY: '127.0.0.1/32, ::1/128' });
  });
  after(() => server.stop());

  const requestCode = (email: string, client: string) =>
    server.api('POST', `${base}/auth/code`, { body: { email }, headers: { 'x-forwarded-for': client } });

  it('keys the per-address sign-in limit on the client behind the proxy, so one client cannot block the others', async () => {
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await requestCode(`noisy-${i}@example.org`, '203.0.113.5')).status);
    assert.equal(statuses.at(-1), 429, 'the noisy client is limited');
    assert.equal((await requestCode('neighbour@example.org', '203.0.113.6')).status, 202, 'another client behind the same proxy is not');
  });

  it('gives each email a verify budget of its own, whatever address the guesses come from', async () => {
    const statuses = [];
    for (let i = 0; i < 31; i++) {
      const r = await server.api('POST', `${base}/auth/verify`, {
        body: { email: 'ana@example.com', code: String(100000 + i) },
        headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      });
      statuses.push(r.status);
    }
    assert.equal(statuses.at(-1), 429);
    assert.ok(statuses.slice(0, 30).every((s) => s === 400));
  });
});
