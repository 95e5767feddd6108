import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultBookingRules, MentorKitError } from '@mentorkit/core';
import { bookableMentor } from '../services/bookable-mentor.js';
import { mentor as freshMentor } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

const availability = {
  timeZone: 'America/New_York',
  weekly: [
    { dayOfWeek: 1, start: '09:00', end: '12:00' },
    { dayOfWeek: 1, start: '14:00', end: '17:00' },
    { dayOfWeek: 3, start: '18:00', end: '24:00' },
  ],
  overrides: [{ date: '2026-12-05', windows: [{ start: '10:00', end: '11:00' }] }],
  blackouts: [{ start: '2026-12-24', end: '2026-12-31' }],
};
const rules = { ...defaultBookingRules, durations: [30, 45], slotStepMinutes: 15 as const, bufferAfterMinutes: 10 };

/**
 * Each test starts from state of its own (a fresh mentor, or the seeded one no other test changes), so
 * any one of them can run alone or in any order (`--test-name-pattern`).
 */
describe('mentor availability and booking rules (SPEC A1–A3)', () => {
  let server: TestServer;
  let mentor: string;
  let mentee: string;
  let pendingMentor: string;
  const get = (token: string) => server.api('GET', `${base}/me/availability`, { token });
  const put = (token: string, body: unknown) => server.api('PUT', `${base}/me/availability`, { token, body });

  before(async () => {
    server = await startTestServer();
    await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: 'newbie@example.com', name: 'Newbie', membershipType: 'Mentee' }] },
    });
    mentor = (await server.signIn('cruz@example.com')).accessToken;
    mentee = (await server.signIn('ben@example.com')).accessToken;
    pendingMentor = (await server.signIn('newbie@example.com')).accessToken;
  });
  after(() => server.stop());

  it('starts from the seeded weekly windows and the community default rules', async () => {
    const r = await get(mentor);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.availability.timeZone, 'America/Mexico_City');
    assert.ok(r.body.availability.weekly.length > 0);
    assert.equal(r.body.bookingRulesOverride, null);
    assert.deepEqual(r.body.bookingRules, defaultBookingRules);
  });

  it("replaces availability and sets, then clears, the mentor's own rules", async () => {
    const mentor = await (await freshMentor(server)).token();
    const set = await put(mentor, { availability, bookingRules: rules });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body, { availability, bookingRulesOverride: rules, bookingRules: rules });
    assert.deepEqual((await get(mentor)).body, set.body);

    const cleared = await put(mentor, { availability: { timeZone: 'Europe/Madrid', weekly: [] } });
    assert.equal(cleared.status, 200);
    assert.deepEqual(cleared.body.availability, { timeZone: 'Europe/Madrid', weekly: [], overrides: [], blackouts: [] });
    assert.equal(cleared.body.bookingRulesOverride, null);
    assert.deepEqual(cleared.body.bookingRules, defaultBookingRules);
  });

  it('hands the sessions side the stored availability and rules (bookableMentor)', async () => {
    const fresh = await freshMentor(server);
    assert.equal((await put(await fresh.token(), { availability, bookingRules: rules })).status, 200);
    const community = await server.services.communities.getBySlug('demo');
    const bookable = await bookableMentor(server.services, community, fresh.id);
    assert.deepEqual(bookable.availability, availability);
    assert.deepEqual(bookable.rules, rules);
    assert.equal(bookable.profile.status, 'approved');
    await assert.rejects(
      bookableMentor(server.services, community, 'unknownMentor123'),
      (e: unknown) => e instanceof MentorKitError && e.code === 'MENTOR_NOT_FOUND',
    );
  });

  it('refuses invalid availability with field details and keeps what was stored', async () => {
    const mentor = await (await freshMentor(server)).token();
    const before = (await get(mentor)).body;
    const cases: [string, unknown, string][] = [
      ['unknown zone', { availability: { ...availability, timeZone: 'America/Gotham' } }, 'availability.timeZone'],
      [
        'end before start',
        { availability: { ...availability, weekly: [{ dayOfWeek: 1, start: '12:00', end: '09:00' }] } },
        'availability.weekly.0.end',
      ],
      [
        'day 7',
        { availability: { ...availability, weekly: [{ dayOfWeek: 7, start: '09:00', end: '10:00' }] } },
        'availability.weekly.0.dayOfWeek',
      ],
      [
        'impossible date',
        { availability: { ...availability, overrides: [{ date: '2026-02-30', windows: [{ start: '09:00', end: '10:00' }] }] } },
        'availability.overrides.0.date',
      ],
      [
        '25:00',
        { availability: { ...availability, weekly: [{ dayOfWeek: 1, start: '09:00', end: '25:00' }] } },
        'availability.weekly.0.end',
      ],
      ['duration not offered', { availability, bookingRules: { ...rules, durations: [50] } }, 'bookingRules.durations.0'],
      ['step of 20', { availability, bookingRules: { ...rules, slotStepMinutes: 20 } }, 'bookingRules.slotStepMinutes'],
      ['unknown field', { availability, extra: true }, '(root)'],
      ['missing availability', {}, 'availability'],
    ];
    for (const [name, body, path] of cases) {
      const r = await put(mentor, body);
      assert.equal(r.status, 400, name);
      assert.ok(
        r.body.error.details.some((d: { path: string }) => d.path === path),
        `${name}: ${JSON.stringify(r.body.error.details)}`,
      );
    }
    assert.deepEqual((await get(mentor)).body, before);
  });

  it('refuses members who are no mentor (403), strangers (401) and other communities (401)', async () => {
    const r = await put(mentee, { availability });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'ROLE_REQUIRED');
    assert.equal((await get(mentee)).status, 403);
    assert.equal((await server.api('GET', `${base}/me/availability`)).status, 401);
    const { createCommunity } = await import('../services/community-service.js');
    await createCommunity(server.services, { slug: 'elsewhere', name: 'Elsewhere' });
    assert.equal((await server.api('GET', '/v1/communities/elsewhere/me/availability', { token: mentor })).status, 401);
  });

  it('lets a pending applicant prepare availability, but nobody can book them yet', async () => {
    const applied = await server.api('POST', `${base}/me/mentor-profile`, {
      token: pendingMentor,
      body: { bio: 'Learning to mentor others.', expertise: ['Testing'], languages: ['en'], timeZone: 'UTC' },
    });
    assert.equal(applied.body.status, 'pending');
    assert.equal((await put(pendingMentor, { availability })).status, 200);
    const community = await server.services.communities.getBySlug('demo');
    await assert.rejects(
      bookableMentor(server.services, community, applied.body.id),
      (e: unknown) => e instanceof MentorKitError && e.code === 'MENTOR_NOT_FOUND',
    );
  });
});
