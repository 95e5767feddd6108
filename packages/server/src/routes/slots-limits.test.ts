import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, demoBase as base, mentor, person, setBookingLimit, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const DAY = 24 * 60 * 60_000;

describe('listMentorSlots: bounded answers, paging, answer cache (issue 11, item 1)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  it('caps the slots of one answer and pages the rest with nextFrom, without gaps or repeats', async () => {
    // The worst legitimate mentor: open 24/7, 15-minute steps, 30-minute sessions, a year ahead.
    const m = await mentor(server);
    const from = new Date(Math.ceil((server.services.now().getTime() + DAY) / DAY) * DAY);
    const to = new Date(from.getTime() + 92 * DAY);
    const url = (start: string) => `${base}/mentors/${m.id}/slots?from=${start}&to=${to.toISOString()}&duration=30`;
    const first = await server.api('GET', url(from.toISOString()));
    assert.equal(first.status, 200, JSON.stringify(first.body).slice(0, 300));
    assert.ok(first.body.slots.length <= 700, `one answer holds at most 700 slots, got ${first.body.slots.length}`);
    assert.ok(first.body.slots.length >= 672, 'a whole week of 15-minute steps fits in one answer');
    assert.equal(typeof first.body.nextFrom, 'string', 'a truncated answer says where the next page starts');
    const last = first.body.slots.at(-1).start;
    assert.ok(first.body.nextFrom > last);
    const second = await server.api('GET', url(first.body.nextFrom));
    assert.equal(second.status, 200);
    assert.equal(Date.parse(second.body.slots[0].start) - Date.parse(last), 15 * 60_000, 'the next page continues one step later');
    // A short range is answered whole, with no nextFrom.
    const day = await server.api(
      'GET',
      `${base}/mentors/${m.id}/slots?from=${from.toISOString()}&to=${new Date(from.getTime() + DAY).toISOString()}&duration=30`,
    );
    assert.equal(day.body.slots.length, 96);
    assert.equal(day.body.nextFrom, undefined);
  });

  it('serves a repeated question from its cache but never a slot booked since', async () => {
    const m = await mentor(server);
    const mentee = await person(server, uniqueEmail('cache'), 'Cache Mentee');
    const from = new Date(Math.ceil((server.services.now().getTime() + 2 * DAY) / DAY) * DAY);
    const url = `${base}/mentors/${m.id}/slots?from=${from.toISOString()}&to=${new Date(from.getTime() + DAY).toISOString()}&duration=30`;
    const before = await server.api('GET', url);
    assert.ok(before.body.slots.some((s: any) => s.start === from.toISOString()));
    assert.equal((await book(server, mentee, m.id, from.toISOString(), 30)).status, 201);
    const afterBooking = await server.api('GET', url);
    assert.ok(!afterBooking.body.slots.some((s: any) => s.start === from.toISOString()), 'the booked start is gone at once');
  });
});

describe('anonymous read endpoints are rate-limited per client (issue 11, item 1)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ MENTORKIT_READ_RATE_LIMIT: '5' });
  });
  after(() => server.stop());

  it('answers 429 with Retry-After past the budget; signed-in reads are not counted against it', async () => {
    const statuses: number[] = [];
    let limited: { status: number; body: any; headers: Headers } | undefined;
    for (let i = 0; i < 7; i++) {
      const r = await server.api('GET', `${base}/mentors`);
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    assert.equal(limited!.body.error.code, 'RATE_LIMITED');
    assert.ok(Number(limited!.headers.get('retry-after')) >= 1);
    assert.equal((await server.api('GET', '/health')).status, 200, 'health checks are not limited');
  });
});
