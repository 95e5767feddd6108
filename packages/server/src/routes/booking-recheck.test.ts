import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, demoBase as base, mentor, person, setBookingLimit, slotAt, type Person } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MINUTE = 60_000;

/**
 * Issue 11, item 6: under concurrent overlapping requests, a losing attempt briefly holds time and made
 * other attempts answer 409 "That time was just taken" although the time stayed free. A 409 must be true.
 */
describe('409 "time just taken" is only answered when the time really is taken', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  it('every refused request overlaps a booking that was made', async () => {
    const untrue: string[] = [];
    for (let round = 0; round < 3; round++) {
      const m = await mentor(server);
      const r = await server.api('POST', `${base}/members/import`, {
        token: server.secretKey,
        body: {
          members: Array.from({ length: 16 }, (_, i) => ({
            email: `recheck-${round}-${i}-${process.pid}@example.org`,
            name: `Recheck ${i}`,
            membershipType: 'Mentee',
          })),
        },
      });
      assert.equal(r.status, 200);
      const crowd: Person[] = await Promise.all(
        Array.from({ length: 16 }, (_, i) => person(server, `recheck-${round}-${i}-${process.pid}@example.org`, `Recheck ${i}`)),
      );
      // Starts 15 minutes apart, each an hour long: every request overlaps its neighbours.
      const starts = crowd.map((_, i) => new Date(Date.parse(slotAt(server, 3 + round, 8)) + i * 15 * MINUTE).toISOString());
      const results = await Promise.all(crowd.map((who, i) => book(server, who, m.id, starts[i]!, 60)));
      const booked = results.flatMap((res, i) => (res.status === 201 ? [Date.parse(starts[i]!)] : []));
      assert.ok(booked.length >= 1);
      results.forEach((res, i) => {
        if (res.status === 201) return;
        assert.equal(res.status, 409, JSON.stringify(res.body));
        const start = Date.parse(starts[i]!);
        const overlaps = booked.some((b) => b < start + 60 * MINUTE && start < b + 60 * MINUTE);
        if (!overlaps) untrue.push(starts[i]!);
      });
    }
    assert.deepEqual(untrue, [], 'these requests were refused although nothing booked overlaps them');
  });
});
