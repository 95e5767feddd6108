import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase as base, mentor, person, setBookingLimit, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const DAY = 24 * 3_600_000;

/** Issue 11, item 16: the admin dashboard (SPEC D3) was asserted only by its shape; these check its figures. */
describe('admin dashboard figures (D3)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    // Move the clock to the next Monday 06:00 UTC, so a session later today starts in the current week.
    const now = server.services.now();
    const daysToMonday = (8 - now.getUTCDay()) % 7 || 7;
    const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + daysToMonday * DAY + 6 * 3_600_000;
    server.advanceClock(monday - now.getTime());
  });
  after(() => server.stop());

  const dashboard = async () => {
    const r = await server.api('GET', `${base}/dashboard?view=admin`, { token: server.secretKey });
    if (r.status !== 200) {
      // The dashboard is for admin members; sign one in.
      const admin = await person(server, 'admin@example.com', 'Alex Admin', 'Staff');
      const again = await server.api('GET', `${base}/dashboard?view=admin`, { token: await admin.token() });
      assert.equal(again.status, 200, JSON.stringify(again.body));
      return again.body;
    }
    return r.body;
  };

  it('counts members, applications awaiting approval and held sessions per week exactly', async () => {
    const before = await dashboard();
    assert.equal(before.memberCount, await countAll(), 'every member, as the member list pages them');

    // Three new members, one of whom applies as a mentor (pending).
    const emails = [uniqueEmail('dash'), uniqueEmail('dash'), uniqueEmail('dash')];
    await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: emails.map((email) => ({ email, name: 'Dash Board', membershipType: 'Mentee' })) },
    });
    const applicant = await person(server, emails[0]!, 'Dash Board');
    const applied = await server.api('POST', `${base}/me/mentor-profile`, {
      token: await applicant.token(),
      body: { bio: 'I would like to mentor newcomers.', expertise: ['Testing'], languages: ['en'], timeZone: 'UTC' },
    });
    assert.equal(applied.body.status, 'pending');

    // This week: one held session counts; a cancelled one does not.
    const m = await mentor(server);
    const mentee = await person(server, emails[1]!, 'Dash Board');
    const today = Date.UTC(server.services.now().getUTCFullYear(), server.services.now().getUTCMonth(), server.services.now().getUTCDate());
    const held = await book(server, mentee, m.id, new Date(today + 12 * 3_600_000).toISOString(), 30);
    assert.equal(held.status, 201, JSON.stringify(held.body));
    const dropped = await book(server, mentee, m.id, new Date(today + 14 * 3_600_000).toISOString(), 30);
    assert.equal((await act(server, mentee, dropped.body.id, 'cancel', { reason: 'Changed plans' })).status, 200);

    const after = await dashboard();
    // The fixture's mentor is a new member too (+1 beyond the three imported).
    assert.equal(after.memberCount, before.memberCount + 4);
    assert.equal(after.mentorsAwaitingApproval, before.mentorsAwaitingApproval + 1);
    assert.deepEqual(
      after.sessionsPerWeek.map((w: any) => w.weekStart),
      before.sessionsPerWeek.map((w: any) => w.weekStart),
    );
    const thisWeek = new Date(today).toISOString().slice(0, 10);
    assert.equal(after.sessionsPerWeek.at(-1).weekStart, thisWeek, 'the last entry is the current week (Monday)');
    assert.deepEqual(
      after.sessionsPerWeek.map((w: any) => w.count),
      before.sessionsPerWeek.map((w: any, i: number) => w.count + (i === before.sessionsPerWeek.length - 1 ? 1 : 0)),
    );
  });

  it("top expertise counts agree with the directory's facet counts", async () => {
    const { topExpertise } = await dashboard();
    const directory = await server.api('GET', `${base}/mentors?limit=1`);
    const facets = new Map<string, number>(directory.body.facets.expertise.map((f: any) => [f.value.toLowerCase(), f.count]));
    assert.ok(topExpertise.length > 0);
    for (const { tag, count } of topExpertise) assert.equal(count, facets.get(tag.toLowerCase()), tag);
    const counts = topExpertise.map((t: any) => t.count);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most frequent first',
    );
  });

  async function countAll(): Promise<number> {
    let total = 0;
    let cursor: string | null = null;
    do {
      const r: any = await server.api('GET', `${base}/members?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        token: server.secretKey,
      });
      total += r.body.items.length;
      cursor = r.body.nextCursor;
    } while (cursor);
    return total;
  }
});
