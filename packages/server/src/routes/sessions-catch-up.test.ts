// Catch-up after a real-time reconnect (issue 7): `listMySessions?changedSince=` returns what changed
// while a client's socket was down, and nothing else.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase as base, mentor, person, slotAt, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('listMySessions changedSince (catch-up)', () => {
  let server: TestServer;
  let coach: Person;
  let learner: Person;
  before(async () => {
    server = await startTestServer();
    coach = await mentor(server);
    learner = await person(server, uniqueEmail('learner'), 'Lea Learner');
  });
  after(() => server.stop());

  const changedSince = async (who: Person, since: Date) =>
    server.api('GET', `${base}/sessions?changedSince=${since.toISOString()}`, { token: await who.token() });

  it('returns the sessions changed after the instant, for both participants', async () => {
    const quiet = await book(server, learner, coach.id, slotAt(server, 2, 9));
    const moving = await book(server, learner, coach.id, slotAt(server, 2, 12));
    assert.equal(moving.status, 201, JSON.stringify(moving.body));
    server.advanceClock(60_000);
    const lostAt = server.services.now();
    server.advanceClock(60_000);
    assert.equal((await act(server, coach, moving.body.id, 'confirm')).status, 200);
    for (const who of [coach, learner]) {
      const page = await changedSince(who, lostAt);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.deepEqual(
        page.body.items.map((s: { id: string; status: string }) => [s.id, s.status]),
        [[moving.body.id, 'confirmed']],
      );
    }
    assert.ok(!(await changedSince(learner, lostAt)).body.items.some((s: { id: string }) => s.id === quiet.body.id));
    assert.deepEqual((await changedSince(learner, server.services.now())).body.items, []);
  });

  it('refuses an instant that is not ISO 8601 with 400', async () => {
    const r = await server.api('GET', `${base}/sessions?changedSince=yesterday`, { token: await learner.token() });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'VALIDATION_FAILED');
  });
});
