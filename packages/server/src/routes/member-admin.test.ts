import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBase as base, person, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('setMemberAdmin: admins grant and take back the admin flag', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const setAdmin = (token: string, memberId: string, isAdmin: unknown) =>
    server.api('PUT', `${base}/members/${memberId}/admin`, { token, body: { isAdmin } });

  it('the secret key grants; the new admin can list members and grant others; nobody removes their own flag', async () => {
    const zoe = await person(server, uniqueEmail('zoe'), 'Zoe Admin-to-be');
    const yan = await person(server, uniqueEmail('yan'), 'Yan');
    assert.equal((await server.api('GET', `${base}/members`, { token: await zoe.token() })).status, 403, 'not an admin yet');

    const granted = await setAdmin(server.secretKey, zoe.id, true);
    assert.equal(granted.status, 200, JSON.stringify(granted.body));
    assert.equal(granted.body.roles.isAdmin, true);
    assert.equal((await server.api('GET', `${base}/members`, { token: await zoe.token() })).status, 200, 'roles are read per request');

    assert.equal((await setAdmin(await zoe.token(), yan.id, true)).body.roles.isAdmin, true);
    const self = await setAdmin(await zoe.token(), zoe.id, false);
    assert.equal(self.status, 409);
    assert.match(self.body.error.message, /another admin/);
    assert.equal((await setAdmin(await yan.token(), zoe.id, false)).body.roles.isAdmin, false, 'another admin can');
  });

  it('refuses non-admins, bad input and unknown members without changing anything', async () => {
    const plain = await person(server, uniqueEmail('plain'), 'Plain Member');
    const other = await person(server, uniqueEmail('other'), 'Other Member');
    assert.equal((await setAdmin(await plain.token(), plain.id, true)).status, 403);
    assert.equal((await setAdmin(server.secretKey, other.id, 'yes')).status, 400);
    assert.equal(
      (await server.api('PUT', `${base}/members/${other.id}/admin`, { token: server.secretKey, body: { isAdmin: true, role: 'owner' } }))
        .status,
      400,
    );
    assert.equal((await setAdmin(server.secretKey, 'no-such-member-id', true)).status, 404);
    assert.equal((await setAdmin('sk_wrong', other.id, true)).status, 401);
    const members = (await server.api('GET', `${base}/members?q=${encodeURIComponent(other.email)}`, { token: server.secretKey })).body
      .items;
    assert.equal(members[0].roles.isAdmin, false);
  });
});
