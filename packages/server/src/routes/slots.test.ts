import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, demoBase as base, mentor, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('listMentorSlots (A4) over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  it("is public; returns UTC instants with their rendering in the viewer's zone (Asia/Kolkata, +5:30)", async () => {
    const m = await mentor(server, { timeZone: 'America/New_York', weekly: [{ dayOfWeek: 1, start: '09:00', end: '10:00' }] });
    // Monday 9 March 2026, the day after the US DST change; the service's clock is set to 1 March 2026.
    const from = '2026-03-09T00:00:00Z';
    const to = '2026-03-10T00:00:00Z';
    const shift = Date.parse('2026-03-01T00:00:00Z') - server.services.now().getTime();
    server.advanceClock(shift);
    const r = await server.api('GET', `${base}/mentors/${m.id}/slots?from=${from}&to=${to}&duration=30&timeZone=Asia/Kolkata`);
    server.advanceClock(-shift);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.timeZone, 'Asia/Kolkata');
    assert.equal(r.body.durationMinutes, 30);
    // 09:00 EDT = 13:00Z = 18:30 IST; step 15 → 09:00, 09:15, 09:30.
    assert.deepEqual(
      r.body.slots.map((s: any) => s.start),
      ['2026-03-09T13:00:00.000Z', '2026-03-09T13:15:00.000Z', '2026-03-09T13:30:00.000Z'],
    );
    assert.deepEqual(r.body.slots[0], { start: '2026-03-09T13:00:00.000Z', local: '2026-03-09T18:30:00+05:30', date: '2026-03-09' });
  });

  it('drops booked time and refuses bad queries and unknown mentors', async () => {
    const m = await mentor(server);
    const mentee = await person(server, uniqueEmail('slots'), 'Slot Mentee');
    const start = slotAt(server, 2, 10);
    assert.equal((await book(server, mentee, m.id, start, 30)).status, 201);
    const r = await server.api('GET', `${base}/mentors/${m.id}/slots?from=${slotAt(server, 2, 9)}&to=${slotAt(server, 2, 12)}&duration=30`);
    const starts = r.body.slots.map((s: any) => s.start);
    assert.ok(!starts.includes(start));
    assert.ok(!starts.includes(slotAt(server, 2, 9, 45)), 'a 30-minute session at 09:45 would overlap');
    assert.ok(starts.includes(slotAt(server, 2, 10, 30)));
    for (const query of [
      'timeZone=Mars/Base',
      'duration=50',
      'from=2026-02-30T00:00:00Z',
      `from=${slotAt(server, 3, 0)}&to=${slotAt(server, 2, 0)}`,
      'bogus=1',
    ]) {
      assert.equal((await server.api('GET', `${base}/mentors/${m.id}/slots?${query}`)).status, 400, query);
    }
    assert.equal((await server.api('GET', `${base}/mentors/abcdefghijklmnop/slots`)).status, 404);
    assert.equal((await server.api('GET', `${base}/mentors/bad!/slots`)).status, 400);
  });
});
