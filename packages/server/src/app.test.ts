import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './testing/test-server.js';

const base = '/v1/communities/demo';

describe('API conventions: bad input gets a clear 4xx and changes nothing', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const settings = async () => (await server.api('GET', `${base}/settings`, { token: server.secretKey })).body;

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const r = await server.api('POST', `${base}/auth/code`, { raw: '{"email": ', headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'MALFORMED_JSON');
  });

  it('names the failing fields for wrong types and unknown fields', async () => {
    const wrongType = await server.api('POST', `${base}/auth/verify`, { body: { email: 42, code: 123456 } });
    assert.equal(wrongType.status, 400);
    assert.equal(wrongType.body.error.code, 'VALIDATION_FAILED');
    assert.deepEqual(wrongType.body.error.details.map((d: any) => d.path).sort(), ['code', 'email']);
    const unknown = await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com', admin: true } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /admin/);
    const before = await settings();
    const badSettings = await server.api('PATCH', `${base}/settings`, {
      token: server.secretKey,
      body: { settings: { signInMode: 'everyone', bookingRateLimitPerHour: -1 } },
    });
    assert.equal(badSettings.status, 400);
    assert.deepEqual(await settings(), before, 'nothing changed');
  });

  it('refuses a missing body, a non-JSON body and a wrong content type', async () => {
    assert.equal((await server.api('POST', `${base}/auth/code`)).status, 400);
    const text = await server.api('POST', `${base}/auth/code`, { raw: 'email=ben@example.com', headers: { 'content-type': 'text/plain' } });
    assert.ok([400, 415].includes(text.status), String(text.status));
    assert.ok(text.body.error.code);
  });

  it('answers bodies over 1 MB with 413 and changes nothing', async () => {
    const before = await settings();
    const huge = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
    const r = await server.api('PATCH', `${base}/settings`, {
      token: server.secretKey,
      raw: huge,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.deepEqual(await settings(), before);
  });

  it('answers unknown routes and communities with JSON 404s', async () => {
    const route = await server.api('GET', '/v1/nope');
    assert.equal(route.status, 404);
    assert.equal(route.body.error.code, 'NOT_FOUND');
    const community = await server.api('GET', '/v1/communities/nowhere');
    assert.equal(community.status, 404);
    assert.equal(community.body.error.code, 'COMMUNITY_NOT_FOUND');
    const badSlug = await server.api('GET', '/v1/communities/Not_A_Slug!');
    assert.equal(badSlug.status, 404);
  });

  it('updates settings for the secret key and keeps them whole', async () => {
    const r = await server.api('PATCH', `${base}/settings`, {
      token: server.secretKey,
      body: { name: 'Riverside Tech Circle', settings: { defaultLocale: 'es', bookingRateLimitPerHour: 7 } },
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.settings.defaultLocale, 'es');
    assert.equal(r.body.settings.bookingRateLimitPerHour, 7);
    assert.equal(r.body.settings.signInMode, 'members-only', 'untouched settings stay');
    assert.equal('secretKey' in r.body, false, 'the secret key is never returned');
    const pub = await server.api('GET', base);
    assert.deepEqual(Object.keys(pub.body).sort(), ['brand', 'defaultLocale', 'name', 'publishableKey', 'realtime', 'signInMode', 'slug']);
  });
});

describe('tenant isolation (SPEC C1)', () => {
  let server: TestServer;
  let otherSecret: string;
  before(async () => {
    server = await startTestServer({ MENTORKIT_ADMIN_TOKEN: 'platform-operator-token-123456789' });
    const created = await server.api('POST', '/v1/communities', {
      token: 'platform-operator-token-123456789',
      body: { slug: 'other', name: 'Other Community', allowedOrigins: ['https://other.example'] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    otherSecret = created.body.secretKey;
    await server.api('POST', '/v1/communities/other/members/import', {
      token: otherSecret,
      body: { members: [{ email: 'ben@example.com', name: 'Ben in other', membershipType: 'Mentor' }] },
    });
  });
  after(() => server.stop());

  it('keeps a token of community A out of community B', async () => {
    const { accessToken, refreshToken } = await server.signIn('ben@example.com');
    const me = await server.api('GET', '/v1/communities/other/me', { token: accessToken });
    assert.equal(me.status, 401);
    assert.match(me.body.error.message, /another community/);
    const refresh = await server.api('POST', '/v1/communities/other/auth/refresh', { body: { refreshToken } });
    assert.equal(refresh.status, 401);
  });

  it('keeps a code mailed for community A from signing in to community B', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com' } });
    const { code, magicToken } = await server.codeFor('ben@example.com');
    const verify = await server.api('POST', '/v1/communities/other/auth/verify', { body: { email: 'ben@example.com', code } });
    assert.equal(verify.status, 400);
    const magic = await server.api('POST', '/v1/communities/other/auth/magic', { body: { token: magicToken } });
    assert.equal(magic.status, 400);
  });

  it('keeps secret keys to their own community', async () => {
    assert.equal((await server.api('GET', '/v1/communities/other/members', { token: server.secretKey })).status, 401);
    assert.equal((await server.api('GET', `${base}/members`, { token: otherSecret })).status, 401);
    const others = await server.api('GET', '/v1/communities/other/members', { token: otherSecret });
    assert.deepEqual(
      others.body.items.map((m: any) => m.name),
      ['Ben in other'],
    );
    const demo = await server.api('GET', `${base}/members?q=ben`, { token: server.secretKey });
    assert.deepEqual(
      demo.body.items.map((m: any) => m.name),
      ['Ben Okafor'],
    );
  });

  it('refuses creating communities without the platform token', async () => {
    const r = await server.api('POST', '/v1/communities', { token: otherSecret, body: { slug: 'third', name: 'Third' } });
    assert.equal(r.status, 401);
    const dup = await server.api('POST', '/v1/communities', {
      token: 'platform-operator-token-123456789',
      body: { slug: 'other', name: 'Again' },
    });
    assert.equal(dup.status, 409);
  });

  it("enforces each community's allowed origins (CORS)", async () => {
    const allowed = await server.api('OPTIONS', '/v1/communities/other/auth/code', {
      headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://other.example');
    const refused = await server.api('POST', '/v1/communities/other/auth/code', {
      body: { email: 'ben@example.com' },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'ORIGIN_NOT_ALLOWED');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const localhost = await server.api('GET', base, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(localhost.status, 200, 'demo allows http://localhost:*');
    // Every route keeps the CORS headers, including ones that answer from a cache.
    for (const pathname of [base, `${base}/mentors?limit=2`, `${base}/mentors?limit=2`, `${base}/nope`]) {
      const r = await server.api('GET', pathname, { headers: { origin: 'http://localhost:5173' } });
      assert.equal(r.headers.get('access-control-allow-origin'), 'http://localhost:5173', pathname);
    }
    const wrongPk = await server.api('GET', base, { headers: { 'x-mentorkit-key': 'pk_wrong' } });
    assert.equal(wrongPk.status, 401);
  });
});

describe('operations and documents', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('serves /health with a real storage round trip', async () => {
    const r = await server.api('GET', '/health');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ok');
    assert.equal(r.body.storage, 'embedded');
    assert.ok(r.headers.get('x-request-id'));
  });

  it('lists every foundation operationId in the OpenAPI 3.1 document', async () => {
    const doc = (await server.api('GET', '/v1/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    const ids = Object.values(doc.paths).flatMap((ops: any) => Object.values(ops).map((op: any) => op.operationId));
    for (const id of [
      'requestSignInCode',
      'verifySignInCode',
      'exchangeIdentityToken',
      'refreshSession',
      'signOut',
      'getMe',
      'createCommunity',
      'getCommunity',
      'updateCommunitySettings',
      'importMembers',
      'listMembers',
    ]) {
      assert.ok(ids.includes(id), `missing ${id}`);
    }
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    const reference = await fetch(server.url + '/v1/reference');
    assert.match(await reference.text(), /requestSignInCode/);
  });
});
