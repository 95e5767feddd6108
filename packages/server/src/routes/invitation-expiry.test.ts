import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBase as base, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const HOUR = 3_600_000;

/** Issue 11, item 6: an unanswered employer invitation held the invitee's time indefinitely. */
describe('pending employer invitations expire', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  it("after 72 hours unanswered: the invitee's time is free again and the invitation reads declined (expired)", async () => {
    const first = await person(server, uniqueEmail('employer'), 'Erin Employer', 'Employer');
    const second = await person(server, uniqueEmail('employer'), 'Evan Employer', 'Employer');
    const invitee = await person(server, uniqueEmail('invitee'), 'Ivy Invitee', 'Mentee');
    const start = slotAt(server, 9, 10);
    const invite = async (employer: typeof first) =>
      server.api('POST', `${base}/sessions`, {
        token: await employer.token(),
        body: { kind: 'interview', memberId: invitee.id, start, durationMinutes: 60, topic: 'Frontend interview' },
      });
    const a = await invite(first);
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.equal((await invite(second)).status, 409, 'held while the invitation is fresh');

    server.advanceClock(72 * HOUR + 60_000);
    try {
      const b = await invite(second);
      assert.equal(b.status, 201, JSON.stringify(b.body));
      const expired = await server.api('GET', `${base}/sessions/${a.body.id}`, { token: await first.token() });
      assert.equal(expired.body.status, 'declined');
      assert.match(JSON.stringify(expired.body), /expired/i);
    } finally {
      server.advanceClock(-(72 * HOUR + 60_000));
    }
  });
});
