import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

/** Issue 11, item 6: sign-in answers reveal nothing, and one client cannot lock a member out. */
describe('sign-in against abuse', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ TRUST_PROXY: '1' });
  });
  after(() => server.stop());

  const from = (client: string) => ({ 'x-forwarded-for': client });

  it('answers every failed verification with one message, member or not, code pending or not', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com' }, headers: from('198.51.100.1') });
    await server.codeFor('ben@example.com');
    const wrongForMember = await server.api('POST', `${base}/auth/verify`, {
      body: { email: 'ben@example.com', code: '000000' },
      headers: from('198.51.100.1'),
    });
    const stranger = await server.api('POST', `${base}/auth/verify`, {
      body: { email: 'nobody-here@example.org', code: '000000' },
      headers: from('198.51.100.1'),
    });
    const badLink = await server.api('POST', `${base}/auth/magic`, {
      body: { token: 'ml_' + 'x'.repeat(40) },
      headers: from('198.51.100.1'),
    });
    assert.equal(wrongForMember.status, 400);
    assert.deepEqual(wrongForMember.body, stranger.body, 'a wrong code for a member reads like no code at all');
    assert.deepEqual(badLink.body, stranger.body);
    assert.doesNotMatch(wrongForMember.body.error.message, /tries left/);
  });

  it('one client asking for codes again and again does not stop the member asking from elsewhere', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await server.api('POST', `${base}/auth/code`, { body: { email: 'cruz@example.com' }, headers: from('203.0.113.66') })).status,
      );
    assert.equal(statuses.at(-1), 429, 'the noisy client is limited');
    const own = await server.api('POST', `${base}/auth/code`, { body: { email: 'cruz@example.com' }, headers: from('192.0.2.44') });
    assert.equal(own.status, 202, 'the member still gets a code');
    const { code } = await server.codeFor('cruz@example.com');
    const verified = await server.api('POST', `${base}/auth/verify`, {
      body: { email: 'cruz@example.com', code },
      headers: from('192.0.2.44'),
    });
    assert.equal(verified.status, 200);
  });

  it("wrong guesses from one client do not burn the member's own attempts", async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'dana@example.com' }, headers: from('192.0.2.45') });
    const { code } = await server.codeFor('dana@example.com');
    for (let i = 0; i < 12; i++) {
      await server.api('POST', `${base}/auth/verify`, {
        body: { email: 'dana@example.com', code: String(100000 + i) },
        headers: from('203.0.113.67'),
      });
    }
    const verified = await server.api('POST', `${base}/auth/verify`, {
      body: { email: 'dana@example.com', code },
      headers: from('192.0.2.45'),
    });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
  });
});
