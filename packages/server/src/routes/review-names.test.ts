import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase as base, mentor, person, setBookingLimit, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const HOUR = 3_600_000;

/** Issue 11, item 6: reviews showed the mentee's full name to anyone on the web. */
describe('review names on the public mentor page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  async function completedAndRated(m: Person, mentee: Person, hoursAhead: number, rating: Record<string, unknown>) {
    const start = new Date(server.services.now().getTime() + hoursAhead * HOUR);
    start.setUTCMinutes(0, 0, 0);
    const r = await book(server, mentee, m.id, start.toISOString(), 30);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal((await act(server, m, r.body.id, 'confirm')).status, 200);
    return { id: r.body.id as string, start, rating };
  }

  it('shows first name and initial to anonymous visitors unless the mentee opted in; members see full names', async () => {
    const m = await mentor(server);
    const rosa = await person(server, uniqueEmail('rosa'), 'Rosa María Quiroga');
    const tom = await person(server, uniqueEmail('tom'), 'Tom Fuller');
    const a = await completedAndRated(m, rosa, 3, { rating: 5, review: 'Clear and kind' });
    const b = await completedAndRated(m, tom, 5, { rating: 4, showFullName: true });
    server.advanceClock(b.start.getTime() + HOUR - server.services.now().getTime());
    for (const [s, who] of [
      [a, rosa],
      [b, tom],
    ] as const) {
      assert.equal((await act(server, m, s.id, 'complete')).status, 200);
      const rated = await server.api('POST', `${base}/sessions/${s.id}/rating`, { token: await who.token(), body: s.rating });
      assert.equal(rated.status, 200, JSON.stringify(rated.body));
    }
    const anonymous = await server.api('GET', `${base}/mentors/${m.id}`);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(anonymous.body.recentReviews.map((r: any) => r.menteeName).sort(), ['Rosa Q.', 'Tom Fuller']);
    const signedIn = await server.api('GET', `${base}/mentors/${m.id}`, { token: await rosa.token() });
    assert.deepEqual(signedIn.body.recentReviews.map((r: any) => r.menteeName).sort(), ['Rosa María Quiroga', 'Tom Fuller']);
  });
});
