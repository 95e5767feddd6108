import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { signIdentityToken } from '../testing/identity-token.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

/** Issue 11, item 3: one identity token minted thousands of sessions in its 10 minutes. */
describe('host identity tokens are single-use and addressed to one community', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const exchange = (token: string) => server.api('POST', `${base}/auth/identity`, { body: { token } });
  const claims = (email: string) => ({ email, name: 'Ida Identity' });
  const key = () => new TextEncoder().encode(server.secretKey);

  it('works once: the same token presented again is refused', async () => {
    const token = await signIdentityToken(server.secretKey, 'demo', claims('ida@example.org'));
    assert.equal((await exchange(token)).status, 200);
    const again = await exchange(token);
    assert.equal(again.status, 401);
    assert.match(again.body.error.message, /already been used/);
  });

  it('requires a jti and aud = the community slug', async () => {
    const noJti = await new SignJWT(claims('ida@example.org'))
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('demo')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key());
    const r = await exchange(noJti);
    assert.equal(r.status, 401);
    assert.match(r.body.error.message, /jti/);
    const noAud = await new SignJWT(claims('ida@example.org'))
      .setProtectedHeader({ alg: 'HS256' })
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key());
    const r2 = await exchange(noAud);
    assert.equal(r2.status, 401);
    assert.match(r2.body.error.message, /aud/);
    const otherAud = await signIdentityToken(server.secretKey, 'another-community', claims('ida@example.org'));
    assert.equal((await exchange(otherAud)).status, 401);
  });

  it('rate-limits exchanges for one email (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await exchange(await signIdentityToken(server.secretKey, 'demo', claims('busy@example.org')))).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(200));
    assert.deepEqual(statuses.slice(10), [429, 429]);
    const limited = await exchange(await signIdentityToken(server.secretKey, 'demo', claims('busy@example.org')));
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });
});
