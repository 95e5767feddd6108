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

describe('mentorships (R1–R3), employer sessions (S8) and dashboards (D1–D3)', () => {
  let server: TestServer;
  let teacher: Person;
  let student: Person;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    teacher = await mentor(server);
    student = await person(server, uniqueEmail('student'), 'Sam Student');
  });
  after(() => server.stop());

  const call = async (who: Person, method: string, path: string, body?: unknown) =>
    server.api(method, `${base}${path}`, { token: await who.token(), ...(body !== undefined ? { body } : {}) });

  it('request → accept → listed as "my students"/"my mentors" → end; refusals along the way', async () => {
    assert.equal((await call(student, 'POST', '/mentorships', { mentorId: teacher.id, message: 'x'.repeat(1001) })).status, 400);
    const req = await call(student, 'POST', '/mentorships', { mentorId: teacher.id, message: 'Would love your help' });
    assert.equal(req.status, 201, JSON.stringify(req.body));
    assert.equal(req.body.status, 'pending');
    assert.equal((await call(student, 'POST', '/mentorships', { mentorId: teacher.id })).status, 409, 'one open request per pair');
    assert.equal((await call(teacher, 'POST', '/mentorships', { mentorId: teacher.id })).status, 403, 'mentor-only members cannot request');
    const id = req.body.id;
    assert.equal((await call(student, 'POST', `/mentorships/${id}/respond`, { decision: 'accept' })).status, 403);
    const outsider = await person(server, uniqueEmail('outsider'), 'Outsider');
    assert.equal((await call(outsider, 'POST', `/mentorships/${id}/respond`, { decision: 'accept' })).status, 404);
    const accepted = await call(teacher, 'POST', `/mentorships/${id}/respond`, { decision: 'accept' });
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.status, 'accepted');
    assert.equal((await call(teacher, 'POST', `/mentorships/${id}/respond`, { decision: 'decline' })).status, 409);
    const students = await call(teacher, 'GET', '/mentorships?role=mentor');
    assert.deepEqual(
      students.body.items.map((m: any) => m.mentee.name),
      ['Sam Student'],
    );
    const mentors = await call(student, 'GET', '/mentorships?role=mentee&status=accepted');
    assert.equal(mentors.body.items.length, 1);
    assert.equal((await call(outsider, 'GET', '/mentorships')).body.items.length, 0);
  });

  it("counts a completed session once in the pair's record (R2) and in dashboards (D1, D2)", async () => {
    const start = new Date(server.services.now().getTime() + 3 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const s = await book(server, student, teacher.id, start.toISOString(), 60, { topic: 'Testing strategy' });
    assert.equal(s.status, 201, JSON.stringify(s.body));
    await act(server, teacher, s.body.id, 'confirm');
    const before = await call(teacher, 'GET', '/dashboard?view=mentor');
    assert.equal(before.body.upcoming.count, 1);
    assert.equal(before.body.upcoming.next[0].id, s.body.id);
    server.advanceClock(start.getTime() - server.services.now().getTime() + 61 * 60_000);
    const done = await Promise.all([act(server, teacher, s.body.id, 'complete'), act(server, teacher, s.body.id, 'complete')]);
    assert.deepEqual(done.map((r) => r.status).sort(), [200, 409]);
    const list = await call(student, 'GET', '/mentorships?role=mentee');
    assert.deepEqual(list.body.items[0].stats, {
      completedSessions: 1,
      totalHours: 1,
      lastSessionAt: start.toISOString(),
      topics: ['Testing strategy'],
    });
    const d1 = await call(teacher, 'GET', '/dashboard?view=mentor');
    assert.equal(d1.status, 200);
    assert.equal(d1.body.totalSessions, 1);
    assert.equal(d1.body.totalStudents, 1);
    assert.equal(d1.body.totalHours, 1);
    assert.equal(d1.body.upcoming.count, 0);
    const d2 = await call(student, 'GET', '/dashboard?view=mentee');
    assert.equal(d2.body.activeMentors, 1);
    assert.equal(d2.body.awaitingFeedback.count, 1);
    assert.equal((await call(student, 'GET', '/dashboard?view=mentor')).status, 403);
    assert.equal((await call(student, 'GET', '/dashboard?view=admin')).status, 403);
    assert.equal((await call(student, 'GET', '/dashboard?view=boss')).status, 400);
  });

  it('either side ends an accepted mentorship; the community can require one for booking', async () => {
    const list = await call(student, 'GET', '/mentorships?role=mentee&status=accepted');
    const ended = await call(teacher, 'POST', `/mentorships/${list.body.items[0].id}/end`, { reason: 'Goals reached' });
    assert.equal(ended.status, 200);
    assert.equal(ended.body.status, 'ended');
    assert.equal(ended.body.endReason, 'Goals reached');
    const r = await server.api('PATCH', `${base}/settings`, {
      token: server.secretKey,
      body: { settings: { requireMentorshipForBooking: true } },
    });
    assert.equal(r.status, 200);
    try {
      const refused = await book(server, student, teacher.id, slotAt(server, 5, 10));
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'MENTORSHIP_REQUIRED');
      const again = await call(student, 'POST', '/mentorships', { mentorId: teacher.id });
      await call(teacher, 'POST', `/mentorships/${again.body.id}/respond`, { decision: 'accept' });
      assert.equal((await book(server, student, teacher.id, slotAt(server, 5, 10))).status, 201);
    } finally {
      await server.api('PATCH', `${base}/settings`, {
        token: server.secretKey,
        body: { settings: { requireMentorshipForBooking: false } },
      });
    }
  });

  it('employer sessions (S8): an employer invites a member, who accepts (→ confirmed) or declines', async () => {
    const employer = await person(server, uniqueEmail('employer'), 'Erin Employer', 'Employer');
    const invite = (extra: Record<string, unknown>) =>
      call(employer, 'POST', '/sessions', {
        kind: 'interview',
        memberId: student.id,
        durationMinutes: 60,
        topic: 'Frontend interview',
        ...extra,
      });
    assert.equal(
      (
        await call(student, 'POST', '/sessions', {
          kind: 'project',
          memberId: employer.id,
          start: slotAt(server, 8, 10),
          durationMinutes: 60,
          topic: 'Side project',
        })
      ).status,
      403,
    );
    const a = await invite({ start: slotAt(server, 8, 10) });
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.equal(a.body.kind, 'interview');
    assert.equal(a.body.mentor.id, employer.id);
    assert.equal((await act(server, employer, a.body.id, 'confirm')).status, 403, 'the employer cannot accept their own invitation');
    const accepted = await act(server, student, a.body.id, 'confirm');
    assert.equal(accepted.body.status, 'confirmed');
    const b = await invite({ start: slotAt(server, 8, 14), kind: 'project' });
    assert.equal((await act(server, student, b.body.id, 'decline', { reason: 'Not looking right now' })).body.status, 'declined');
    assert.equal((await invite({ start: slotAt(server, 8, 10, 30) })).status, 409, 'the member is busy then');
  });

  it('admin dashboard (D3) for community admins', async () => {
    const admin = await person(server, 'admin@example.com', 'Alex Admin', 'Staff');
    const r = await call(admin, 'GET', '/dashboard?view=admin');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.view, 'admin');
    assert.ok(r.body.memberCount >= 30);
    assert.equal(r.body.sessionsPerWeek.length, 8);
    assert.ok(r.body.topExpertise.length > 0);
    assert.equal(typeof r.body.mentorsAwaitingApproval, 'number');
  });

  it('seeds demo sessions: ben sees a confirmed upcoming session with a meeting link and past rated ones', async () => {
    const ben = await person(server, 'ben@example.com', 'Ben Okafor', 'Mentee');
    const all = await call(ben, 'GET', '/sessions?limit=100');
    const statuses = new Set(all.body.items.map((s: any) => s.status));
    for (const status of ['pending', 'confirmed', 'completed', 'cancelled', 'no_show']) assert.ok(statuses.has(status), status);
    assert.ok(all.body.items.some((s: any) => s.status === 'confirmed' && s.meeting?.platform === 'google_meet'));
    assert.ok(all.body.items.some((s: any) => s.rating?.rating === 5));
    const mentors = await call(ben, 'GET', '/mentorships?role=mentee&status=accepted');
    assert.equal(mentors.body.items[0].mentor.name, 'Ana Souza');
  });
});
