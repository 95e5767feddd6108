import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signIdentityToken } from '../testing/identity-token.js';
import { storedRefreshTokens } from '../testing/stored-documents.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

/** Issue 11, item 4: refresh tokens and sign-in sessions must not grow without bound. */
describe('sign-in sessions stay bounded', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const signIn = async (email: string) => {
    const token = await signIdentityToken(
      server.secretKey,
      'demo',
      { email, name: 'Rita Refresh' },
      { nowSeconds: Math.floor(server.services.now().getTime() / 1000) },
    );
    const r = await server.api('POST', `${base}/auth/identity`, { body: { token } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { accessToken: string; refreshToken: string; user: { member: { id: string } } };
  };
  const refresh = (refreshToken: string) => server.api('POST', `${base}/auth/refresh`, { body: { refreshToken } });

  it('compacts spent refresh tokens once their successor is used, and still catches a replayed one', async () => {
    const session = await signIn('rita@example.org');
    let token = session.refreshToken;
    const spent: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await refresh(token);
      assert.equal(r.status, 200);
      spent.push(token);
      token = r.body.refreshToken;
    }
    const tokens = await storedRefreshTokens(server.services);
    const stored = await tokens.count({ memberId: session.user.member.id });
    assert.ok(stored <= 2, `at most the last spent token and the live one are kept, found ${stored}`);
    // The token spent last is still known: presenting it again signs the whole family out.
    assert.equal((await refresh(spent.at(-1)!)).status, 401);
    assert.equal((await refresh(token)).status, 401, 'the family was revoked');
  });

  it('keeps at most 10 active sign-ins per member, revoking the oldest', async () => {
    const sessions = [];
    for (let i = 0; i < 11; i++) {
      if (i === 10) server.advanceClock(61_000); // past the per-email exchange limit
      sessions.push(await signIn('many-devices@example.org'));
    }
    assert.equal((await refresh(sessions[0]!.refreshToken)).status, 401, 'the oldest sign-in was revoked');
    assert.equal((await server.api('GET', `${base}/me`, { token: sessions[0]!.accessToken })).status, 401);
    assert.equal((await refresh(sessions[1]!.refreshToken)).status, 200);
    assert.equal((await refresh(sessions[10]!.refreshToken)).status, 200);
  });

  it('rate-limits refreshing one sign-in (429 with Retry-After), without spending the token', async () => {
    const session = await signIn('hasty@example.org');
    let token = session.refreshToken;
    let limited;
    for (let i = 0; i < 40 && !limited; i++) {
      const r = await refresh(token);
      if (r.status === 429) limited = r;
      else {
        assert.equal(r.status, 200);
        token = r.body.refreshToken;
      }
    }
    assert.ok(limited, 'refreshing is limited');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    server.advanceClock(3600_000);
    assert.equal((await refresh(token)).status, 200, 'the token refused with 429 still works later');
  });
});
