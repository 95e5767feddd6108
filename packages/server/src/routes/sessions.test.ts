import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signIdentityToken } from '../testing/identity-token.js';
import { createCommunity } from '../services/community-service.js';
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

const HOUR = 3_600_000;

describe('session lifecycle (S1, S2, S4, S6, S7, S9) over HTTP', () => {
  let server: TestServer;
  let ana: Person; // mentor
  let ben: Person; // mentee
  let eve: Person; // an unrelated mentee
  let admin: Person;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    ana = await mentor(server, { hourlyRate: 49.5, currency: 'USD' });
    ben = await person(server, uniqueEmail('ben'), 'Ben Mentee');
    eve = await person(server, uniqueEmail('eve'), 'Eve Outsider');
    admin = await person(server, 'admin@example.com', 'Alex Admin', 'Staff');
  });
  after(() => server.stop());

  let day = 2;
  /** A fresh pending session on a new day, so tests never collide. */
  async function pending(durationMinutes = 60): Promise<any> {
    const r = await book(server, ben, ana.id, slotAt(server, day++, 10), durationMinutes, { description: 'Plan for my first year' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('creates a pending session with a cost estimate, participants, history and a join window', async () => {
    const s = await pending();
    assert.equal(s.status, 'pending');
    assert.equal(s.kind, 'mentorship');
    assert.deepEqual(s.mentor, { id: ana.id, name: 'Mentor Person' });
    assert.deepEqual(s.mentee, { id: ben.id, name: 'Ben Mentee' });
    assert.deepEqual(s.cost, { amount: 4950, currency: 'USD', free: false });
    assert.equal(s.history.length, 1);
    assert.equal(s.history[0].status, 'pending');
    assert.equal(s.history[0].by, ben.id);
    assert.equal(s.joinable, false);
    assert.equal(Date.parse(s.joinOpensAt), Date.parse(s.start) - 10 * 60_000);
    assert.equal(Date.parse(s.joinClosesAt), Date.parse(s.end) + 15 * 60_000);
  });

  it('pending → confirmed by the mentor; then cancelled by either side with a visible reason', async () => {
    const s = await pending();
    const confirmed = await act(server, ana, s.id, 'confirm');
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.body.status, 'confirmed');
    const noReason = await act(server, ben, s.id, 'cancel', {});
    assert.equal(noReason.status, 400);
    const cancelled = await act(server, ben, s.id, 'cancel', { reason: 'I got sick' });
    assert.equal(cancelled.status, 200);
    assert.deepEqual(
      cancelled.body.history.map((h: any) => [h.status, h.by, h.reason]),
      [
        ['pending', ben.id, undefined],
        ['confirmed', ana.id, undefined],
        ['cancelled', ben.id, 'I got sick'],
      ],
    );
    assert.equal(cancelled.body.cancellation.by, ben.id);
    assert.equal(cancelled.body.cancellation.reason, 'I got sick');
    // The mentor sees who cancelled and why.
    const seen = await server.api('GET', `${base}/sessions/${s.id}`, { token: await ana.token() });
    assert.equal(seen.body.cancellation.reason, 'I got sick');
  });

  it('the mentor can cancel a confirmed session too (reason required)', async () => {
    const s = await pending();
    await act(server, ana, s.id, 'confirm');
    const r = await act(server, ana, s.id, 'cancel', { reason: 'Conference trip' });
    assert.equal(r.status, 200);
    assert.equal(r.body.cancellation.by, ana.id);
  });

  it('pending → declined by the mentor; pending → cancelled by the mentee (no reason needed)', async () => {
    const a = await pending();
    const declined = await act(server, ana, a.id, 'decline', { reason: 'Not my area' });
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.history.at(-1).reason, 'Not my area');
    const b = await pending();
    const cancelled = await act(server, ben, b.id, 'cancel', {});
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
  });

  it('refuses wrong roles: mentee confirming/declining, mentor cancelling a pending request', async () => {
    const s = await pending();
    for (const [who, action, body] of [
      [ben, 'confirm', undefined],
      [ben, 'decline', {}],
      [ana, 'cancel', {}],
    ] as const) {
      const r = await act(server, who, s.id, action, body);
      assert.equal(r.status, 403, `${action}: ${JSON.stringify(r.body)}`);
    }
    assert.equal((await server.api('GET', `${base}/sessions/${s.id}`, { token: await ben.token() })).body.status, 'pending');
  });

  it('refuses wrong states: confirm twice, decline a confirmed one, complete or no-show a pending one, anything after the end', async () => {
    const s = await pending();
    assert.equal((await act(server, ana, s.id, 'complete')).status, 409);
    assert.equal((await act(server, ana, s.id, 'no-show')).status, 409);
    await act(server, ana, s.id, 'confirm');
    const again = await act(server, ana, s.id, 'confirm');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'INVALID_TRANSITION');
    assert.equal((await act(server, ana, s.id, 'decline', {})).status, 409);
    // Completing before the start is refused.
    const early = await act(server, ana, s.id, 'complete');
    assert.equal(early.status, 409);
    assert.match(early.body.error.message, /started/);
    await act(server, ben, s.id, 'cancel', { reason: 'Changed plans' });
    assert.equal((await act(server, ana, s.id, 'confirm')).status, 409);
    assert.equal((await act(server, ben, s.id, 'cancel', { reason: 'again' })).status, 409);
  });

  it('hides sessions from non-participants (404) but shows them to community admins; admins cannot act', async () => {
    const s = await pending();
    const outsider = await server.api('GET', `${base}/sessions/${s.id}`, { token: await eve.token() });
    assert.equal(outsider.status, 404);
    assert.equal(outsider.body.error.code, 'SESSION_NOT_FOUND');
    assert.equal((await act(server, eve, s.id, 'confirm')).status, 404);
    assert.equal((await act(server, eve, s.id, 'cancel', { reason: 'x' })).status, 404);
    const asAdmin = await server.api('GET', `${base}/sessions/${s.id}`, { token: await admin.token() });
    assert.equal(asAdmin.status, 200);
    assert.equal((await act(server, admin, s.id, 'confirm')).status, 403);
    assert.equal((await server.api('GET', `${base}/sessions/${s.id}`)).status, 401);
  });

  it('sets a meeting link on confirmed sessions only, https only, platform detected, mentor only', async () => {
    const s = await pending();
    const link = (who: Person, url: string) =>
      who.token().then((token) => server.api('PUT', `${base}/sessions/${s.id}/meeting-link`, { token, body: { url } }));
    assert.equal((await link(ana, 'https://meet.google.com/abc-defg-hij')).status, 409);
    await act(server, ana, s.id, 'confirm');
    assert.equal((await link(ben, 'https://meet.google.com/abc-defg-hij')).status, 403);
    for (const bad of [
      'http://zoom.us/j/1',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative',
      'https://user:pw@zoom.us/j/1',
      'x'.repeat(3000),
    ]) {
      const r = await link(ana, bad);
      assert.equal(r.status, 400, bad);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
    }
    assert.equal((await server.api('GET', `${base}/sessions/${s.id}`, { token: await ana.token() })).body.meeting, undefined);
    for (const [url, platform] of [
      ['https://us02web.zoom.us/j/123?pwd=x', 'zoom'],
      ['https://meet.google.com/abc-defg-hij', 'google_meet'],
      ['https://teams.microsoft.com/l/meetup-join/1', 'teams'],
      ['https://whereby.com/room', 'other'],
    ]) {
      const r = await link(ana, url!);
      assert.equal(r.status, 200);
      assert.equal(r.body.meeting.platform, platform);
    }
    const seen = await server.api('GET', `${base}/sessions/${s.id}`, { token: await ben.token() });
    assert.equal(seen.body.meeting.url, 'https://whereby.com/room');
  });

  it('joinable inside the window only; complete after the start; rating once; mentor feedback once; aggregates and relationship updated', async () => {
    const start = new Date(server.services.now().getTime() + 2 * HOUR);
    start.setUTCMinutes(0, 0, 0);
    const r = await book(server, ben, ana.id, start.toISOString(), 30, { topic: 'System design' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const id = r.body.id;
    await act(server, ana, id, 'confirm');
    // Rating before completion is refused.
    const tooEarly = await server.api('POST', `${base}/sessions/${id}/rating`, { token: await ben.token(), body: { rating: 5 } });
    assert.equal(tooEarly.status, 409);
    server.advanceClock(start.getTime() - server.services.now().getTime() - 5 * 60_000);
    const during = await server.api('GET', `${base}/sessions/${id}`, { token: await ben.token() });
    assert.equal(during.body.joinable, true);
    assert.equal((await act(server, ana, id, 'complete')).status, 409, 'not started yet');
    server.advanceClock(10 * 60_000);
    assert.equal((await act(server, ben, id, 'complete')).status, 403, 'the mentee cannot complete');
    const done = await act(server, ana, id, 'complete');
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'completed');
    assert.equal(done.body.joinable, false);
    assert.equal((await act(server, ana, id, 'complete')).status, 409, 'counted once');

    const rate = (who: Person, body: unknown) =>
      who.token().then((token) => server.api('POST', `${base}/sessions/${id}/rating`, { token, body }));
    assert.equal((await rate(ben, { rating: 6 })).status, 400);
    assert.equal((await rate(ben, { rating: 3.5 })).status, 400);
    assert.equal((await rate(ben, { rating: 4, review: 'x'.repeat(2001) })).status, 400);
    assert.equal((await rate(ana, { rating: 5 })).status, 403);
    const [first, second] = await Promise.all([rate(ben, { rating: 4, review: 'Very helpful' }), rate(ben, { rating: 1 })]);
    assert.deepEqual([first.status, second.status].sort(), [200, 409]);
    const rated = await server.api('GET', `${base}/sessions/${id}`, { token: await ana.token() });
    assert.ok(rated.body.rating.rating === 4 || rated.body.rating.rating === 1);

    const feedback = (who: Person) =>
      who
        .token()
        .then((token) => server.api('POST', `${base}/sessions/${id}/mentor-feedback`, { token, body: { feedback: 'Great questions' } }));
    assert.equal((await feedback(ben)).status, 403);
    assert.equal((await feedback(ana)).status, 200);
    assert.equal((await feedback(ana)).status, 409);

    const page = await server.api('GET', `${base}/mentors/${ana.id}`, {});
    assert.equal(page.status, 200);
    assert.equal(JSON.stringify(page.body).includes('Ben Mentee') || page.body.recentReviews?.length >= 0, true);
    const dashboard = await server.api('GET', `${base}/dashboard?view=mentor`, { token: await ana.token() });
    assert.equal(dashboard.status, 200);
    assert.equal(dashboard.body.ratingCount, 1);
    assert.equal(dashboard.body.totalHours, 0.5);
    const mine = await server.api('GET', `${base}/dashboard?view=mentee`, { token: await ben.token() });
    assert.equal(mine.body.totalHours, 0.5);
    assert.equal(mine.body.awaitingFeedback.count, 0);
  });

  it('marks no-shows from confirmed after the start (either side)', async () => {
    const start = new Date(server.services.now().getTime() + 3 * HOUR);
    start.setUTCMinutes(0, 0, 0);
    const r = await book(server, ben, ana.id, start.toISOString(), 30);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal((await act(server, ben, r.body.id, 'no-show')).status, 409, 'still pending');
    await act(server, ana, r.body.id, 'confirm');
    assert.equal((await act(server, ben, r.body.id, 'no-show')).status, 409, 'not started');
    server.advanceClock(start.getTime() - server.services.now().getTime() + 60_000);
    const noShow = await act(server, ben, r.body.id, 'no-show');
    assert.equal(noShow.status, 200);
    assert.equal(noShow.body.status, 'no_show');
    assert.equal((await act(server, ana, r.body.id, 'complete')).status, 409);
  });

  it('lists my sessions by role, status and time with cursor paging (S7)', async () => {
    const other = await mentor(server);
    const m = await person(server, uniqueEmail('lister'), 'Lister');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await book(server, m, i % 2 ? other.id : ana.id, slotAt(server, 40 + i, 9));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      made.push(r.body.id);
    }
    await act(server, ana, made[0]!, 'confirm');
    const list = (who: Person, query: string) => who.token().then((token) => server.api('GET', `${base}/sessions?${query}`, { token }));
    const p1 = await list(m, 'role=mentee&time=upcoming&limit=2');
    assert.equal(p1.status, 200);
    assert.equal(p1.body.items.length, 2);
    const p2 = await list(m, `role=mentee&time=upcoming&limit=2&cursor=${p1.body.nextCursor}`);
    const p3 = await list(m, `role=mentee&time=upcoming&limit=2&cursor=${p2.body.nextCursor}`);
    assert.deepEqual(
      [...p1.body.items, ...p2.body.items, ...p3.body.items].map((s: any) => s.id),
      made,
    );
    assert.equal(p3.body.nextCursor, null);
    assert.equal((await list(m, 'role=mentor')).body.items.length, 0);
    assert.deepEqual(
      (await list(m, 'status=confirmed')).body.items.map((s: any) => s.id),
      [made[0]],
    );
    assert.equal((await list(m, 'time=past')).body.items.length, 0);
    assert.equal((await list(other, 'role=mentor')).body.items.length, 2);
    assert.equal((await list(m, 'status=bogus')).status, 400);
    assert.equal((await list(m, 'cursor=not-a-cursor')).status, 400);
    assert.equal((await list(m, 'role=boss')).status, 400);
  });
});

describe('booking input validation changes nothing', () => {
  let server: TestServer;
  let mentorA: Person;
  let mentee: Person;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    mentorA = await mentor(server);
    mentee = await person(server, uniqueEmail('mentee'), 'Careful Mentee');
  });
  after(() => server.stop());

  it('answers clear 400s for bad ids, impossible times, unknown fields, oversize text, bad durations', async () => {
    const start = slotAt(server, 3, 10);
    const cases: [string, Record<string, unknown>][] = [
      ['bad id', { mentorId: 'x' }],
      ['bad id chars', { mentorId: '../../etc/passwd' }],
      ['Feb 30', { start: '2027-02-30T10:00:00Z' }],
      ['no zone', { start: '2027-03-01T10:00:00' }],
      ['not a date', { start: 'tomorrow' }],
      ['off the 5-minute grid', { start: new Date(Date.parse(start) + 60_000).toISOString() }],
      ['short topic', { topic: 'hi' }],
      ['long topic', { topic: 'x'.repeat(201) }],
      ['long description', { description: 'x'.repeat(2001) }],
      ['duration not allowed', { durationMinutes: 50 }],
      ['unknown field', { price: 0 }],
      ['employer kind without member', { kind: 'interview', mentorId: undefined }],
    ];
    for (const [name, patch] of cases) {
      const body = { mentorId: mentorA.id, start, durationMinutes: 60, topic: 'Career planning', ...patch };
      const r = await server.api('POST', `${base}/sessions`, { token: await mentee.token(), body });
      assert.equal(r.status, 400, `${name}: ${r.status} ${JSON.stringify(r.body)}`);
      assert.ok(r.body.error.code === 'VALIDATION_FAILED', name);
    }
    const malformed = await server.api('POST', `${base}/sessions`, {
      token: await mentee.token(),
      raw: '{"mentorId":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(malformed.status, 400);
    const unknownMentor = await book(server, mentee, 'abcdefghijklmnop', start);
    assert.equal(unknownMentor.status, 404);
    assert.equal(unknownMentor.body.error.code, 'MENTOR_NOT_FOUND');
    const past = await book(server, mentee, mentorA.id, slotAt(server, -1, 10));
    assert.equal(past.status, 409);
    assert.equal(past.body.error.code, 'SLOT_UNAVAILABLE');
    const badZone = await server.api('GET', `${base}/mentors/${mentorA.id}/slots?timeZone=Mars/Olympus`);
    assert.equal(badZone.status, 400);
    const list = await server.api('GET', `${base}/sessions`, { token: await mentee.token() });
    assert.equal(list.body.items.length, 0, 'nothing was created');
    // The time is still free.
    assert.equal((await book(server, mentee, mentorA.id, start)).status, 201);
  });

  it('refuses booking oneself and acting in a role one does not hold', async () => {
    const self = await book(server, mentorA, mentorA.id, slotAt(server, 4, 10));
    assert.equal(self.status, 403, 'a mentor-only member is not a mentee');
    const both = await mentor(server);
    // Give the mentor the mentee role as well, then try to book themself.
    const dual = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: both.email, name: both.name, membershipType: 'Mentor & Mentee' }] },
    });
    assert.equal(dual.status, 200);
    const selfBooking = await book(server, both, both.id, slotAt(server, 4, 10));
    assert.equal(selfBooking.status, 400);
    assert.equal(selfBooking.body.error.code, 'CANNOT_BOOK_SELF');
  });

  it('keeps communities apart: another community cannot see or act on the session (404), and tokens do not cross', async () => {
    const r = await book(server, mentee, mentorA.id, slotAt(server, 5, 10));
    assert.equal(r.status, 201);
    const { secretKey } = await createCommunity(server.services, { slug: 'other-circle', name: 'Other Circle' });
    const now = Math.floor(server.services.now().getTime() / 1000);
    const identity = await signIdentityToken(
      secretKey,
      'other-circle',
      { email: mentee.email, name: 'Same Email', membershipType: 'Mentor & Mentee' },
      { nowSeconds: now },
    );
    const signedIn = await server.api('POST', '/v1/communities/other-circle/auth/identity', { body: { token: identity } });
    assert.equal(signedIn.status, 200);
    const token = signedIn.body.accessToken;
    const other = '/v1/communities/other-circle';
    assert.equal((await server.api('GET', `${other}/sessions/${r.body.id}`, { token })).status, 404);
    assert.equal((await server.api('POST', `${other}/sessions/${r.body.id}/cancel`, { token, body: {} })).status, 404);
    assert.equal((await server.api('GET', `${other}/sessions`, { token })).body.items.length, 0);
    assert.equal((await server.api('GET', `${base}/sessions/${r.body.id}`, { token })).status, 401);
    assert.equal((await server.api('GET', `${other}/sessions/${r.body.id}`, { token: await mentee.token() })).status, 401);
  });
});
