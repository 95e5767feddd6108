import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  act,
  book,
  demoBase as base,
  mentor,
  person,
  setBookingLimit,
  slotAt,
  uniqueEmail,
  type Person,
} from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** Imports `count` mentees in one call (secret key) and signs each in. */
async function mentees(server: TestServer, count: number, prefix: string): Promise<Person[]> {
  const emails = Array.from({ length: count }, () => uniqueEmail(prefix));
  const r = await server.api('POST', `${base}/members/import`, {
    token: server.secretKey,
    body: { members: emails.map((email, i) => ({ email, name: `${prefix} ${i}`, membershipType: 'Mentee' })) },
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return Promise.all(emails.map((email, i) => person(server, email, `${prefix} ${i}`)));
}

describe('conflict safety (S5) under concurrent HTTP requests', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  it('50 concurrent bookings of one slot by 50 mentees: exactly one 201, 49 × 409', async () => {
    const m = await mentor(server);
    const crowd = await mentees(server, 50, 'crowd');
    const start = slotAt(server, 3, 10);
    const results = await Promise.all(crowd.map((who) => book(server, who, m.id, start)));
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    for (const r of results.filter((x) => x.status === 409)) assert.equal(r.body.error.code, 'SLOT_UNAVAILABLE');
    const held = await server.api('GET', `${base}/sessions?role=mentor`, { token: await m.token() });
    assert.equal(held.body.items.length, 1);
  });

  it('overlapping requests of different durations and starts: at most one holds, never overlapping', async () => {
    const m = await mentor(server, { rules: { durations: [30, 60, 90] } });
    const crowd = await mentees(server, 12, 'overlap');
    const requests = crowd.map((who, i) => book(server, who, m.id, slotAt(server, 4, 10, (i % 4) * 15), [30, 60, 90][i % 3]));
    const results = await Promise.all(requests);
    const won = results.filter((r) => r.status === 201).map((r) => r.body);
    assert.ok(
      results.every((r) => r.status === 201 || r.status === 409),
      JSON.stringify(results.map((r) => r.status)),
    );
    assert.ok(won.length >= 1);
    for (const a of won) {
      for (const b of won) {
        if (a.id === b.id) continue;
        assert.ok(Date.parse(a.end) <= Date.parse(b.start) || Date.parse(b.end) <= Date.parse(a.start), 'overlap');
      }
    }
  });

  it('max sessions per day holds under concurrency: the last seat of a day goes to exactly one booking', async () => {
    const m = await mentor(server, { rules: { maxSessionsPerDay: 2 } });
    const crowd = await mentees(server, 6, 'perday');
    assert.equal((await book(server, crowd[0]!, m.id, slotAt(server, 6, 8))).status, 201);
    // Five concurrent bookings at five different, non-overlapping times of the same day: one seat left.
    const results = await Promise.all(crowd.slice(1).map((who, i) => book(server, who, m.id, slotAt(server, 6, 10 + i * 2))));
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, 4);
    // A decline gives the seat back.
    const won = results.find((r) => r.status === 201)!.body;
    assert.equal((await act(server, m, won.id, 'decline', { reason: 'Travelling' })).status, 200);
    assert.equal((await book(server, crowd[1]!, m.id, slotAt(server, 6, 20))).status, 201);
    // Another day is unaffected.
    assert.equal((await book(server, crowd[2]!, m.id, slotAt(server, 7, 10))).status, 201);
  });

  it("buffers count: a session inside another's buffer is refused, one after it is accepted", async () => {
    const m = await mentor(server, { rules: { bufferBeforeMinutes: 15, bufferAfterMinutes: 15 } });
    const [a, b, c] = await mentees(server, 3, 'buffer');
    assert.equal((await book(server, a!, m.id, slotAt(server, 5, 10))).status, 201);
    const inside = await book(server, b!, m.id, slotAt(server, 5, 11, 15));
    assert.equal(inside.status, 409);
    assert.equal((await book(server, c!, m.id, slotAt(server, 5, 11, 30))).status, 201);
  });

  it('one mentee booking two mentors at the same time: the second gets 409, in sequence and concurrently', async () => {
    const [m1, m2, m3, m4] = await Promise.all([mentor(server), mentor(server), mentor(server), mentor(server)]);
    const [who, racer] = await mentees(server, 2, 'double');
    assert.equal((await book(server, who!, m1!.id, slotAt(server, 6, 10))).status, 201);
    const second = await book(server, who!, m2!.id, slotAt(server, 6, 10, 30), 30);
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'SLOT_UNAVAILABLE');
    const both = await Promise.all([
      book(server, racer!, m3!.id, slotAt(server, 7, 10)),
      book(server, racer!, m4!.id, slotAt(server, 7, 10)),
    ]);
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
  });

  it('a mentor who is also a mentee elsewhere is busy then too (A4: as mentor and as mentee)', async () => {
    const teacher = await mentor(server);
    const student = await mentor(server);
    await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: student.email, name: student.name, membershipType: 'Mentor & Mentee' }] },
    });
    assert.equal((await book(server, student, teacher.id, slotAt(server, 8, 10))).status, 201);
    const [x] = await mentees(server, 1, 'asmentee');
    const clash = await book(server, x!, student.id, slotAt(server, 8, 10));
    assert.equal(clash.status, 409);
    const slots = await server.api(
      'GET',
      `${base}/mentors/${student.id}/slots?from=${slotAt(server, 8, 9)}&to=${slotAt(server, 8, 12)}&duration=30`,
    );
    const starts = slots.body.slots.map((s: any) => s.start);
    assert.ok(!starts.includes(slotAt(server, 8, 10)));
    assert.ok(starts.includes(slotAt(server, 8, 11)));
  });

  it('concurrent confirmations of one session: exactly one wins; no overlapping confirmed sessions', async () => {
    const m = await mentor(server);
    const [who] = await mentees(server, 1, 'confirm');
    const r = await book(server, who!, m.id, slotAt(server, 9, 10));
    const token = await m.token();
    const results = await Promise.all(Array.from({ length: 10 }, () => act(server, token, r.body.id, 'confirm')));
    assert.equal(results.filter((x) => x.status === 200).length, 1);
    assert.equal(results.filter((x) => x.status === 409).length, 9);
    const s = await server.api('GET', `${base}/sessions/${r.body.id}`, { token });
    assert.equal(s.body.history.filter((h: any) => h.status === 'confirmed').length, 1);
    const confirmed = (await server.api('GET', `${base}/sessions?role=mentor&status=confirmed`, { token })).body.items;
    assert.equal(confirmed.length, 1);
    // Concurrent cancel and confirm on a pending one: exactly one change lands.
    const p = await book(server, who!, m.id, slotAt(server, 9, 14));
    const raced = await Promise.all([act(server, token, p.body.id, 'confirm'), act(server, who!, p.body.id, 'cancel', {})]);
    // The loser either finds the status changed (409) or, as the mentee, now needs a reason to cancel (400).
    assert.equal(raced.filter((x) => x.status === 200).length, 1, JSON.stringify(raced.map((x) => x.body)));
    assert.equal((await server.api('GET', `${base}/sessions/${p.body.id}`, { token })).body.history.length, 2);
  });

  it('declined and cancelled sessions free the time: rebooking succeeds', async () => {
    const m = await mentor(server);
    const [a, b, c] = await mentees(server, 3, 'free');
    const start = slotAt(server, 10, 10);
    const first = await book(server, a!, m.id, start);
    assert.equal((await book(server, b!, m.id, start)).status, 409);
    await act(server, m, first.body.id, 'decline', {});
    const second = await book(server, b!, m.id, start);
    assert.equal(second.status, 201);
    await act(server, m, second.body.id, 'confirm');
    await act(server, b!, second.body.id, 'cancel', { reason: 'Something came up' });
    const third = await book(server, c!, m.id, start);
    assert.equal(third.status, 201);
    // The mentee's own time is freed too: a can book another mentor at that time.
    const other = await mentor(server);
    assert.equal((await book(server, a!, other.id, start)).status, 201);
  });

  it('heals a claim left by a crash (no session) once it is older than 60 s', async () => {
    const m = await mentor(server);
    const [who] = await mentees(server, 1, 'heal');
    const start = slotAt(server, 11, 10);
    const step = Date.parse(start) / 300_000;
    const community = await server.services.communities.getBySlug('demo');
    // A booking that claimed the mentor's first step and then died before saving its session.
    assert.equal(await server.services.slotClaims.tryClaim(community.id, m.id, step, 'crashed-session-0001', server.services.now()), true);
    assert.equal((await book(server, who!, m.id, start)).status, 409, 'a fresh claim still blocks');
    server.advanceClock(61_000);
    const healed = await book(server, who!, m.id, start);
    assert.equal(healed.status, 201, JSON.stringify(healed.body));
  });

  it('rate-limits bookings per mentee → 429 with Retry-After', async () => {
    await setBookingLimit(server, 2);
    try {
      const m = await mentor(server);
      const [who, other] = await mentees(server, 2, 'limited');
      assert.equal((await book(server, who!, m.id, slotAt(server, 12, 9))).status, 201);
      assert.equal((await book(server, who!, m.id, slotAt(server, 12, 11))).status, 201);
      const limited = await book(server, who!, m.id, slotAt(server, 12, 13));
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'RATE_LIMITED');
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
      assert.equal((await book(server, other!, m.id, slotAt(server, 12, 13))).status, 201, 'per mentee');
    } finally {
      await setBookingLimit(server, 1000);
    }
  });
});
