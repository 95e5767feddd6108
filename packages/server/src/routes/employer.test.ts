import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, demoBase as base, person, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('employers find members by name and invite them (SPEC S8)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const list = async (token: string, query = '') => server.api('GET', `${base}/employer/members${query}`, { token });

  it('lists members by name without emails, pages with an opaque cursor, and leaves out the employer', async () => {
    const tag = `Zq${Date.now().toString(36)}`;
    const employer = await person(server, uniqueEmail('employer'), `${tag} Employer`, 'Employer');
    for (const name of ['Ada', 'Bea', 'Cy']) await person(server, uniqueEmail(name.toLowerCase()), `${tag} ${name}`);
    const first = await list(await employer.token(), `?q=${tag}&limit=2`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(
      first.body.items.map((m: any) => m.name),
      [`${tag} Ada`, `${tag} Bea`],
    );
    assert.deepEqual(Object.keys(first.body.items[0]).sort(), ['id', 'isMentor', 'membershipType', 'name'], 'no email, no external id');
    assert.ok(first.body.nextCursor);
    const second = await list(await employer.token(), `?q=${tag}&limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual(
      second.body.items.map((m: any) => m.name),
      [`${tag} Cy`],
    );
    assert.equal(second.body.nextCursor, null);
    assert.equal(
      (await list(await employer.token(), `?q=${encodeURIComponent('@example.org')}`)).body.items.length,
      0,
      'emails are not searchable',
    );
  });

  it('refuses members who are not employers and bad cursors', async () => {
    const mentee = await person(server, uniqueEmail('mentee'), 'Plain Mentee');
    const refused = await list(await mentee.token());
    assert.equal(refused.status, 403);
    const employer = await person(server, uniqueEmail('employer'), 'Another Employer', 'Employer');
    assert.equal((await list(await employer.token(), '?cursor=bm90LWpzb24')).status, 400);
    assert.equal((await list(await employer.token(), '?limit=500')).status, 400);
  });

  it('an invitation found this way is accepted by the invited member', async () => {
    const employer = await person(server, uniqueEmail('employer'), 'Hiring Hana', 'Employer');
    const candidate = await person(server, uniqueEmail('candidate'), 'Candidate Carl');
    const found = (await list(await employer.token(), '?q=Candidate%20Carl')).body.items[0];
    const invited = await server.api('POST', `${base}/sessions`, {
      token: await employer.token(),
      body: { kind: 'interview', memberId: found.id, start: slotAt(server, 4, 15), durationMinutes: 45, topic: 'Frontend role interview' },
    });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.equal(invited.body.kind, 'interview');
    const accepted = await act(server, candidate, invited.body.id, 'confirm');
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.status, 'confirmed');
  });
});
