import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

describe('member roster import (SPEC C2)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const list = async () => (await server.api('GET', `${base}/members?limit=100`, { token: server.secretKey })).body.items as any[];

  it('imports JSON, upserting by normalized email, with roles from the membership type', async () => {
    const r = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: {
        members: [
          { email: '  Zoe@Example.COM ', name: 'Zoë', membershipType: 'Mentor & Mentee', externalId: 'z-1' },
          { email: 'yan@example.com', name: 'Yan', membershipType: 'Student' },
        ],
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { created: 2, updated: 0, total: 2 });
    const again = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: 'zoe@example.com', name: 'Zoë Q', membershipType: 'Employer' }] },
    });
    assert.deepEqual(again.body, { created: 0, updated: 1, total: 1 });
    const zoe = (await list()).find((m) => m.email === 'zoe@example.com');
    assert.equal(zoe.name, 'Zoë Q');
    assert.equal(zoe.externalId, 'z-1', 'fields not sent are kept');
    assert.deepEqual(zoe.roles, { isMentor: false, isMentee: false, isEmployer: true, isAdmin: false });
  });

  it('imports CSV with common header spellings', async () => {
    const csv = 'Email,Full Name,Membership Type,External ID\nxia@example.com,Xia,Mentor,x-9\n"wu@example.com","Wu, Jr.",mentee,\n';
    const r = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      raw: csv,
      headers: { 'content-type': 'text/csv' },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, { created: 2, updated: 0, total: 2 });
    const wu = (await list()).find((m) => m.email === 'wu@example.com');
    assert.equal(wu.name, 'Wu, Jr.');
    assert.equal(wu.roles.isMentee, true);
  });

  it('rejects the whole import with line numbers when any row is bad, writing nothing', async () => {
    const before = (await list()).length;
    const csv =
      'email,name,membership type\nok1@example.com,Ok One,Mentor\nnot-an-email,Bad,Mentee\nok2@example.com,,Mentee\nok1@example.com,Dup,Mentor\n';
    const r = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      raw: csv,
      headers: { 'content-type': 'text/csv' },
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'IMPORT_INVALID');
    const lines = r.body.error.details.map((d: any) => `${d.line}:${d.path}`);
    assert.deepEqual(lines, ['3:email', '4:name', '5:email']);
    assert.match(r.body.error.message, /nothing was written/);
    assert.equal((await list()).length, before);
    assert.equal(
      (await list()).some((m) => m.email === 'ok1@example.com'),
      false,
    );

    const json = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: {
        members: [
          { email: 'ok3@example.com', name: 'Ok' },
          { email: 'ok4@example.com', name: 'Ok', role: 'typo' },
        ],
      },
    });
    assert.equal(json.status, 400);
    assert.deepEqual(
      json.body.error.details.map((d: any) => d.line),
      [2],
    );
    assert.equal((await list()).length, before);
  });

  it('refuses members and unknown keys: only admins or the secret key may import or list', async () => {
    const { accessToken } = await server.signIn('ben@example.com');
    const asMember = await server.api('GET', `${base}/members`, { token: accessToken });
    assert.equal(asMember.status, 403);
    const wrongKey = await server.api('GET', `${base}/members`, { token: 'sk_not-the-key' });
    assert.equal(wrongKey.status, 401);
    const anonymous = await server.api('POST', `${base}/members/import`, { body: { members: [{ email: 'x@example.com', name: 'X' }] } });
    assert.equal(anonymous.status, 401);
    const { accessToken: adminToken } = await server.signIn('admin@example.com');
    assert.equal((await server.api('GET', `${base}/members`, { token: adminToken })).status, 200);
  });

  it('pages members with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${encodeURIComponent(cursor)}` : '?limit=3';
      const page: any = await server.api('GET', `${base}/members${query}`, { token: server.secretKey });
      assert.equal(page.status, 200);
      seen.push(...page.body.items.map((m: any) => m.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, (await list()).length);
  });

  it('refuses a cursor no page handed out, naming the field (one keyset cursor format for every list)', async () => {
    // Well-formed base64url, but not a cursor: a 400 with the field, never a 500 or a silent first page.
    for (const cursor of ['bm90LWEtY3Vyc29y', 'WzEsMl0']) {
      const r = await server.api('GET', `${base}/members?cursor=${cursor}`, { token: server.secretKey });
      assert.equal(r.status, 400, cursor);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(r.body.error.details, [{ path: 'cursor', message: 'Expected the nextCursor of a previous page' }]);
    }
  });
});
