import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase, mentor, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import type { DomainEvent } from './domain-events.js';

describe('domain events: each change is announced once, after it is stored', () => {
  let server: TestServer;
  const seen: DomainEvent[] = [];
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    server.services.events.on('test-recorder', (event) => {
      seen.push(event);
    });
    server.services.events.on('always-fails', () => {
      throw new Error('a broken subscriber');
    });
  });
  after(() => server.stop());

  it('mentor apply/approve, booking lifecycle, meeting link and mentorship answers', async () => {
    const teacher = await mentor(server);
    assert.deepEqual(
      seen.map((e) => e.type),
      ['mentor.applied', 'mentor.approved'],
    );
    const student = await person(server, uniqueEmail('student'), 'Sam Student');
    const booked = await book(server, student, teacher.id, slotAt(server, 3, 10));
    assert.equal(booked.status, 201, 'a failing subscriber does not fail the operation');
    assert.equal((await act(server, teacher, booked.body.id, 'confirm')).status, 200);
    const link = await server.api('PUT', `${demoBase}/sessions/${booked.body.id}/meeting-link`, {
      token: await teacher.token(),
      body: { url: 'https://zoom.us/j/123' },
    });
    assert.equal(link.status, 200, JSON.stringify(link.body));
    assert.equal((await act(server, student, booked.body.id, 'cancel', { reason: 'Sick' })).status, 200);
    const refused = await act(server, student, booked.body.id, 'cancel', { reason: 'again' });
    assert.equal(refused.status, 409, 'a refused change announces nothing');
    const asked = await server.api('POST', `${demoBase}/mentorships`, { token: await student.token(), body: { mentorId: teacher.id } });
    await server.api('POST', `${demoBase}/mentorships/${asked.body.id}/respond`, {
      token: await teacher.token(),
      body: { decision: 'accept' },
    });

    const sessionEvents = seen.filter((e): e is Extract<DomainEvent, { session: unknown }> => 'session' in e);
    assert.deepEqual(
      sessionEvents.map((e) => e.type),
      ['session.requested', 'session.confirmed', 'session.meeting_changed', 'session.cancelled'],
    );
    assert.ok(sessionEvents.every((e) => e.session.id === booked.body.id && e.community.slug === 'demo'));
    const cancelled = sessionEvents.at(-1)!;
    assert.equal(cancelled.session.status, 'cancelled');
    assert.equal(cancelled.previous?.status, 'confirmed');
    assert.equal(cancelled.actorId, student.id);
    assert.deepEqual(
      seen.filter((e) => e.type.startsWith('mentorship.')).map((e) => e.type),
      ['mentorship.requested', 'mentorship.accepted'],
    );
  });

  it('a roster import is announced with its counts', async () => {
    const r = await server.api('POST', `${demoBase}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: uniqueEmail('imp'), name: 'Imported', membershipType: 'Mentee' }] },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const imported = seen.filter((e) => e.type === 'member.imported').at(-1) as Extract<DomainEvent, { type: 'member.imported' }>;
    assert.deepEqual({ created: imported.created, total: imported.total }, { created: 1, total: 1 });
  });
});
