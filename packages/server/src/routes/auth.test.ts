import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

describe('sign-in (C3–C6) against the real service', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('signs in with the emailed code, then getMe returns roles and home (C2, C6)', async () => {
    const { accessToken, refreshToken, user } = await server.signIn('ben@example.com');
    assert.match(accessToken, /^ey/);
    assert.match(refreshToken, /^rt_/);
    assert.equal(user.member.email, 'ben@example.com');
    const me = await server.api('GET', `${base}/me`, { token: accessToken });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body.roles, { isMentor: false, isMentee: true, isEmployer: false, isAdmin: false });
    assert.equal(me.body.home, 'mentorship-hub');
    assert.deepEqual(me.body.community, { slug: 'demo', name: 'Riverside Tech Circle' });
  });

  it('gives each demo account its roles and home view', async () => {
    const expected = {
      'ana@example.com': { roles: { isMentor: true, isMentee: false, isEmployer: false, isAdmin: false }, home: 'mentor-dashboard' },
      'cruz@example.com': { roles: { isMentor: true, isMentee: true, isEmployer: false, isAdmin: false }, home: 'mentorship-hub' },
      'dana@example.com': { roles: { isMentor: false, isMentee: false, isEmployer: true, isAdmin: false }, home: 'mentorship-hub' },
      'admin@example.com': { roles: { isMentor: false, isMentee: true, isEmployer: false, isAdmin: true }, home: 'mentorship-hub' },
    };
    for (const [email, want] of Object.entries(expected)) {
      const { user } = await server.signIn(email);
      assert.deepEqual({ roles: user.roles, home: user.home }, want, email);
    }
  });

  it('answers a non-member exactly like a member and sends nothing (members-only)', async () => {
    const member = await server.api('POST', `${base}/auth/code`, { body: { email: 'ana@example.com' } });
    const stranger = await server.api('POST', `${base}/auth/code`, { body: { email: 'nobody@example.com' } });
    assert.equal(stranger.status, member.status);
    assert.deepEqual(stranger.body, member.body);
    await assert.rejects(server.codeFor('nobody@example.com'), /No sign-in mail/);
  });

  it('never signs anybody in with an email alone or a guessed code', async () => {
    const noCode = await server.api('POST', `${base}/auth/verify`, { body: { email: 'dana@example.com' } });
    assert.equal(noCode.status, 400);
    assert.equal(noCode.body.error.code, 'VALIDATION_FAILED');
    const guessed = await server.api('POST', `${base}/auth/verify`, { body: { email: 'dana@example.com', code: '123456' } });
    assert.equal(guessed.status, 400);
    assert.equal(guessed.body.error.code, 'INVALID_CODE');
    const stranger = await server.api('POST', `${base}/auth/verify`, { body: { email: 'nobody@example.com', code: '000000' } });
    assert.equal(stranger.body.error.code, 'INVALID_CODE');
  });

  it('refuses a reused code', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'cruz@example.com' } });
    const { code } = await server.codeFor('cruz@example.com');
    const first = await server.api('POST', `${base}/auth/verify`, { body: { email: 'cruz@example.com', code } });
    assert.equal(first.status, 200);
    const again = await server.api('POST', `${base}/auth/verify`, { body: { email: 'cruz@example.com', code } });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'INVALID_CODE');
  });

  it('refuses the right code after five wrong tries from one client (the sixth try), with the one generic message', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'admin@example.com' } });
    const { code } = await server.codeFor('admin@example.com');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const r = await server.api('POST', `${base}/auth/verify`, { body: { email: 'admin@example.com', code: wrong } });
      assert.equal(r.body.error.code, 'INVALID_CODE', `wrong try ${i}`);
    }
    const sixth = await server.api('POST', `${base}/auth/verify`, { body: { email: 'admin@example.com', code } });
    assert.equal(sixth.status, 400);
    assert.equal(sixth.body.error.code, 'INVALID_CODE');
    assert.match(sixth.body.error.message, /wrong, used or expired/);
  });

  it('refuses an expired code (after 10 minutes)', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'dana@example.com' } });
    const { code } = await server.codeFor('dana@example.com');
    server.advanceClock(10 * 60_000 + 1000);
    const late = await server.api('POST', `${base}/auth/verify`, { body: { email: 'dana@example.com', code } });
    assert.equal(late.status, 400);
    assert.equal(late.body.error.code, 'INVALID_CODE');
  });

  it('signs in once with the magic link token', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'ana@example.com' } });
    const { magicToken } = await server.codeFor('ana@example.com');
    const first = await server.api('POST', `${base}/auth/magic`, { body: { token: magicToken } });
    assert.equal(first.status, 200);
    assert.equal(first.body.user.member.email, 'ana@example.com');
    const again = await server.api('POST', `${base}/auth/magic`, { body: { token: magicToken } });
    assert.equal(again.status, 400);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole family', async () => {
    const { refreshToken } = await server.signIn('ben@example.com');
    const first = await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken } });
    assert.equal(first.status, 200);
    assert.notEqual(first.body.refreshToken, refreshToken);
    const newest = first.body;
    const replay = await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken } });
    assert.equal(replay.status, 401);
    // The family is gone: the newest refresh token and its access token no longer work.
    const afterReuse = await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken: newest.refreshToken } });
    assert.equal(afterReuse.status, 401);
    const me = await server.api('GET', `${base}/me`, { token: newest.accessToken });
    assert.equal(me.status, 401);
  });

  it('signs out: the access and refresh tokens stop working', async () => {
    const { accessToken, refreshToken } = await server.signIn('ben@example.com');
    const out = await server.api('POST', `${base}/auth/sign-out`, { body: { refreshToken } });
    assert.equal(out.status, 200);
    assert.equal((await server.api('GET', `${base}/me`, { token: accessToken })).status, 401);
    assert.equal((await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken } })).status, 401);
  });

  it('refuses a tampered or foreign-signed access token', async () => {
    const { accessToken } = await server.signIn('ben@example.com');
    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
    const tampered = await server.api('GET', `${base}/me`, { token: `${header}.${forged}.${signature}` });
    assert.equal(tampered.status, 401);
    assert.equal(tampered.body.error.code, 'INVALID_TOKEN');
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(48)));
    assert.equal((await server.api('GET', `${base}/me`, { token: foreign })).status, 401);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    assert.equal((await server.api('GET', `${base}/me`, { token: none })).status, 401);
    assert.equal((await server.api('GET', `${base}/me`)).status, 401);
  });

  it('expires access tokens after 15 minutes', async () => {
    const { accessToken } = await server.signIn('ben@example.com');
    server.advanceClock(16 * 60_000);
    const me = await server.api('GET', `${base}/me`, { token: accessToken });
    assert.equal(me.status, 401);
    assert.match(me.body.error.message, /expired/);
  });
});

describe('sign-in rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('answers 429 with Retry-After after 5 code requests for one email in an hour', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com' } })).status, 202);
    }
    const limited = await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com' } });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    // Limits are per email: another member is unaffected.
    assert.equal((await server.api('POST', `${base}/auth/code`, { body: { email: 'ana@example.com' } })).status, 202);
  });

  it('limits code requests per IP across many emails', async () => {
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      status = (await server.api('POST', `${base}/auth/code`, { body: { email: `spray${i}@example.com` } })).status;
    }
    assert.equal(status, 429);
  });
});

describe('host identity tokens (C4)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const sign = (secret: string, claims: Record<string, unknown>, lifetime = '5m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('demo')
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(new TextEncoder().encode(secret));

  it('signs in (and creates) a member named by a token signed with the community secret', async () => {
    const token = await sign(server.secretKey, { email: 'Eve@Example.com', name: 'Eve', membershipType: 'Student', externalId: 'host-42' });
    const r = await server.api('POST', `${base}/auth/identity`, { body: { token } });
    assert.equal(r.status, 200);
    assert.equal(r.body.user.member.email, 'eve@example.com');
    assert.equal(r.body.user.member.externalId, 'host-42');
    assert.equal(r.body.user.roles.isMentee, true);
    const me = await server.api('GET', `${base}/me`, { token: r.body.accessToken });
    assert.equal(me.body.member.name, 'Eve');
  });

  it('refuses tokens with a wrong key, no expiry, a long life, or bad claims', async () => {
    const wrongKey = await sign('sk_wrong' + 'x'.repeat(40), { email: 'eve@example.com', name: 'Eve' });
    assert.equal((await server.api('POST', `${base}/auth/identity`, { body: { token: wrongKey } })).status, 401);
    const noExp = await new SignJWT({ email: 'eve@example.com', name: 'Eve' })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('demo')
      .setJti(randomUUID())
      .setIssuedAt()
      .sign(new TextEncoder().encode(server.secretKey));
    assert.equal((await server.api('POST', `${base}/auth/identity`, { body: { token: noExp } })).status, 401);
    const longLived = await sign(server.secretKey, { email: 'eve@example.com', name: 'Eve' }, '2h');
    assert.equal((await server.api('POST', `${base}/auth/identity`, { body: { token: longLived } })).status, 401);
    const badClaims = await sign(server.secretKey, { email: 'not-an-email', name: 'Eve' });
    const r = await server.api('POST', `${base}/auth/identity`, { body: { token: badClaims } });
    assert.equal(r.status, 401);
    assert.match(r.body.error.message, /email/);
  });
});

describe('open sign-in mode', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    const r = await server.api('PATCH', `${base}/settings`, { token: server.secretKey, body: { settings: { signInMode: 'open' } } });
    assert.equal(r.status, 200);
  });
  after(() => server.stop());

  it('lets a new email sign in and become a mentee', async () => {
    const { user } = await server.signIn('newcomer@example.org');
    assert.equal(user.member.email, 'newcomer@example.org');
    assert.deepEqual(user.roles, { isMentor: false, isMentee: true, isEmployer: false, isAdmin: false });
  });
});
