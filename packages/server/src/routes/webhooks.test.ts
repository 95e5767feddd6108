import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBase as base, person, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const OPERATOR = 'platform-operator-token-123456789';

describe('webhook endpoints: management by admins or the secret key (SPEC N3)', () => {
  let server: TestServer;
  let adminToken: string;
  before(async () => {
    server = await startTestServer({ MENTORKIT_ADMIN_TOKEN: OPERATOR, WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' });
    adminToken = (await server.signIn('admin@example.com')).accessToken;
  });
  after(() => server.stop());

  const list = async () => (await server.api('GET', `${base}/webhooks`, { token: server.secretKey })).body.items as any[];

  it('creates with a whsec_ secret shown once, lists without it, updates, rotates and deletes', async () => {
    const created = await server.api('POST', `${base}/webhooks`, {
      token: adminToken,
      body: { url: 'https://hooks.example.org/mentorkit#frag', events: ['session.confirmed', 'mentor.approved'], description: 'CRM sync' },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id, secret } = created.body;
    assert.match(secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    assert.ok(Buffer.from(secret.slice(6), 'base64').length >= 24, 'at least 24 random bytes');
    assert.equal(created.body.url, 'https://hooks.example.org/mentorkit', 'the fragment is dropped');
    assert.deepEqual(created.body.events, ['session.confirmed', 'mentor.approved']);
    assert.equal(created.body.enabled, true);

    const listed = (await list()).find((e) => e.id === id);
    assert.ok(listed);
    assert.equal(listed.secret, undefined, 'never listed with its secret');
    assert.equal(JSON.stringify(await list()).includes(secret), false);

    const defaults = await server.api('POST', `${base}/webhooks`, {
      token: server.secretKey,
      body: { url: 'https://other.example.org/h' },
    });
    assert.equal(defaults.status, 201);
    assert.deepEqual(defaults.body.events, ['*'], 'all events by default');

    const disabled = await server.api('PATCH', `${base}/webhooks/${id}`, {
      token: adminToken,
      body: { enabled: false, events: ['*'], description: null },
    });
    assert.equal(disabled.status, 200, JSON.stringify(disabled.body));
    assert.equal(disabled.body.enabled, false);
    assert.equal(disabled.body.disabledReason, 'manual');
    assert.equal(disabled.body.description, undefined);
    const enabled = await server.api('PATCH', `${base}/webhooks/${id}`, { token: adminToken, body: { enabled: true } });
    assert.equal(enabled.body.enabled, true);
    assert.equal(enabled.body.disabledReason, null);

    const rotated = await server.api('POST', `${base}/webhooks/${id}/rotate-secret`, { token: adminToken, body: {} });
    assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
    assert.match(rotated.body.secret, /^whsec_/);
    assert.notEqual(rotated.body.secret, secret);
    assert.ok(rotated.body.previousSecretExpiresAt, 'the old secret co-signs for a while by default');
    const cut = await server.api('POST', `${base}/webhooks/${id}/rotate-secret`, { token: adminToken, body: { previousSecretHours: 0 } });
    assert.equal(cut.body.previousSecretExpiresAt, null);

    const deliveries = await server.api('GET', `${base}/webhooks/${id}/deliveries`, { token: adminToken });
    assert.equal(deliveries.status, 200);
    assert.deepEqual(deliveries.body, { items: [], nextCursor: null });

    assert.equal((await server.api('DELETE', `${base}/webhooks/${id}`, { token: adminToken })).status, 200);
    assert.equal((await server.api('DELETE', `${base}/webhooks/${id}`, { token: adminToken })).status, 404);
    assert.equal(
      (await list()).some((e) => e.id === id),
      false,
    );
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    const before = (await list()).length;
    const bad: unknown[] = [
      { url: 'ftp://files.example.org/x' },
      { url: 'javascript:alert(1)' },
      { url: 'not a url' },
      { url: 'https://user:pass@hooks.example.org/' },
      { url: 'https://hooks.example.org/', events: ['session.exploded'] },
      { url: 'https://hooks.example.org/', events: [] },
      { url: 'https://hooks.example.org/', events: ['session.confirmed', 'session.confirmed'] },
      { url: 'https://hooks.example.org/', secret: 'whsec_mine' },
      { url: 'https://hooks.example.org/', description: 'x'.repeat(501) },
    ];
    for (const body of bad) {
      const r = await server.api('POST', `${base}/webhooks`, { token: server.secretKey, body });
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status}`);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
    }
    const someId = (await list())[0]?.id ?? 'AAAAAAAAAAAAAAAA';
    const patch = await server.api('PATCH', `${base}/webhooks/${someId}`, {
      token: server.secretKey,
      body: { url: 'javascript:alert(1)' },
    });
    assert.equal(patch.status, 400);
    assert.equal((await server.api('PATCH', `${base}/webhooks/${someId}`, { token: server.secretKey, body: {} })).status, 400);
    assert.equal((await list()).length, before);
  });

  it('is closed to members who are not admins, and to other communities (tenant isolation)', async () => {
    const member = await person(server, uniqueEmail('member'), 'Mo Member');
    const mine = await server.api('POST', `${base}/webhooks`, { token: server.secretKey, body: { url: 'https://demo.example.org/hook' } });
    assert.equal(mine.status, 201);
    assert.equal((await server.api('GET', `${base}/webhooks`, { token: await member.token() })).status, 403);
    assert.equal(
      (await server.api('POST', `${base}/webhooks`, { token: await member.token(), body: { url: 'https://x.example.org/' } })).status,
      403,
    );
    assert.equal((await server.api('GET', `${base}/webhooks`)).status, 401);

    const other = await server.api('POST', '/v1/communities', { token: OPERATOR, body: { slug: 'other-circle', name: 'Other Circle' } });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    const otherKey = other.body.secretKey;
    const otherBase = '/v1/communities/other-circle';
    assert.equal((await server.api('GET', `${base}/webhooks`, { token: otherKey })).status, 401, "another community's key is refused here");
    assert.equal(
      (await server.api('GET', `${otherBase}/webhooks`, { token: adminToken })).status,
      401,
      'a demo admin token is refused there',
    );
    assert.deepEqual((await server.api('GET', `${otherBase}/webhooks`, { token: otherKey })).body.items, []);
    for (const [method, path, body] of [
      ['PATCH', `/webhooks/${mine.body.id}`, { enabled: false }],
      ['DELETE', `/webhooks/${mine.body.id}`, undefined],
      ['POST', `/webhooks/${mine.body.id}/rotate-secret`, {}],
      ['GET', `/webhooks/${mine.body.id}/deliveries`, undefined],
    ] as const) {
      const r = await server.api(method, `${otherBase}${path}`, { token: otherKey, ...(body ? { body } : {}) });
      assert.equal(r.status, 404, `${method} ${path} → ${r.status}`);
      assert.equal(r.body.error.code, 'WEBHOOK_NOT_FOUND');
    }
    const still = (await list()).find((e) => e.id === mine.body.id);
    assert.equal(still?.enabled, true, 'unchanged by the other community');
  });
});
