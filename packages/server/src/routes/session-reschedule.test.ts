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

describe('reschedule (SPEC S3): the new time is claimed before the old one is released', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
  });
  after(() => server.stop());

  const propose = async (who: Person, id: string, start: string, message?: string) =>
    server.api('POST', `${base}/sessions/${id}/reschedule`, { token: await who.token(), body: { start, ...(message ? { message } : {}) } });
  const respond = async (who: Person, id: string, decision: 'accept' | 'decline') =>
    server.api('POST', `${base}/sessions/${id}/reschedule/respond`, { token: await who.token(), body: { decision } });
  let communityId = '';
  /** Claim documents a session holds: 5-minute steps of both people plus one day seat of the mentor. */
  const claims = (sessionId: string) => server.services.slotClaims.countForSession(communityId, sessionId);

  async function confirmedSession(day: number, hour: number) {
    const teacher = await mentor(server);
    const student = await person(server, uniqueEmail('student'), 'Sam Student');
    const booked = await book(server, student, teacher.id, slotAt(server, day, hour));
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal((await act(server, teacher, booked.body.id, 'confirm')).status, 200);
    communityId ||= (await server.services.communities.findBySlug('demo'))!.id;
    return { teacher, student, id: booked.body.id as string };
  }

  it('mentee proposes, mentor accepts: times move, history keeps both, the old time is free and the new one held', async () => {
    const { teacher, student, id } = await confirmedSession(3, 10);
    const proposed = await propose(student, id, slotAt(server, 4, 15), 'Could we do Thursday?');
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    assert.equal(proposed.body.reschedule.start, slotAt(server, 4, 15));
    assert.equal(proposed.body.reschedule.proposedBy, student.id);
    assert.equal(proposed.body.start, slotAt(server, 3, 10), 'nothing moves before the answer');
    assert.equal((await respond(student, id, 'accept')).status, 403, 'the proposer cannot accept their own proposal');

    const accepted = await respond(teacher, id, 'accept');
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.start, slotAt(server, 4, 15));
    assert.equal(accepted.body.end, slotAt(server, 4, 16));
    assert.equal(accepted.body.status, 'confirmed');
    assert.equal(accepted.body.reschedule, undefined);
    assert.deepEqual(accepted.body.history.at(-1).rescheduled, { fromStart: slotAt(server, 3, 10), toStart: slotAt(server, 4, 15) });
    assert.equal(await claims(id), 25, 'exactly the new hour: 12 mentor steps + 12 mentee steps + 1 day seat');
    const other = await person(server, uniqueEmail('other'), 'Other Mentee');
    assert.equal((await book(server, other, teacher.id, slotAt(server, 3, 10))).status, 201, 'the old time is bookable again');
  });

  it('an overlapping move (30 minutes later) holds exactly the new steps', async () => {
    const { teacher, student, id } = await confirmedSession(5, 10);
    assert.equal((await propose(teacher, id, slotAt(server, 5, 10, 30))).status, 200);
    const accepted = await respond(student, id, 'accept');
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.start, slotAt(server, 5, 10, 30));
    const other = await person(server, uniqueEmail('other'), 'Other Mentee');
    assert.equal((await book(server, other, teacher.id, slotAt(server, 5, 10), 30)).status, 201, 'the half hour left behind is free again');
    assert.equal((await book(server, other, teacher.id, slotAt(server, 5, 11), 30)).status, 409, 'the new time is held');
  });

  it('when the new time is taken meanwhile, accept answers 409 and the session keeps its old time', async () => {
    const { teacher, student, id } = await confirmedSession(7, 9);
    assert.equal((await propose(student, id, slotAt(server, 7, 13))).status, 200);
    const rival = await person(server, uniqueEmail('rival'), 'Rival Mentee');
    assert.equal((await book(server, rival, teacher.id, slotAt(server, 7, 13))).status, 201);
    const before = await claims(id);
    const refused = await respond(teacher, id, 'accept');
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'SLOT_UNAVAILABLE');
    assert.equal(await claims(id), before, 'never neither: the old time is still held, nothing new is');
    const session = await server.api('GET', `${base}/sessions/${id}`, { token: await student.token() });
    assert.equal(session.body.start, slotAt(server, 7, 9));
    assert.equal(session.body.reschedule.start, slotAt(server, 7, 13), 'the proposal stays for another try');
    assert.equal((await book(server, rival, teacher.id, slotAt(server, 7, 9))).status, 409, 'the old time is still taken');
    assert.equal((await respond(teacher, id, 'decline')).status, 200);
    const after = await server.api('GET', `${base}/sessions/${id}`, { token: await student.token() });
    assert.equal(after.body.reschedule, undefined);
  });

  it('refusals change nothing: past, off-grid, not an open slot, strangers, closed sessions', async () => {
    const { teacher, student, id } = await confirmedSession(9, 10);
    const yesterday = await propose(student, id, slotAt(server, -1, 10));
    assert.equal(yesterday.status, 400);
    assert.equal((await propose(student, id, slotAt(server, 9, 12, 3))).status, 400, 'off the 5-minute grid');
    const closed = await mentor(server, { weekly: [{ dayOfWeek: 1, start: '09:00', end: '10:00' }] });
    const shy = await person(server, uniqueEmail('shy'), 'Shy Mentee');
    assert.ok(closed && shy);
    assert.equal((await propose(student, id, slotAt(server, 9, 10))).status, 400, 'the same start');
    const stranger = await person(server, uniqueEmail('stranger'), 'Stranger');
    assert.equal((await propose(stranger, id, slotAt(server, 9, 14))).status, 404);
    assert.equal((await respond(teacher, id, 'accept')).status, 409, 'no open proposal');
    assert.equal((await act(server, teacher, id, 'cancel', { reason: 'Travel' })).status, 200);
    assert.equal((await propose(student, id, slotAt(server, 9, 14))).status, 409, 'a cancelled session cannot move');
    const session = await server.api('GET', `${base}/sessions/${id}`, { token: await student.token() });
    assert.equal(session.body.start, slotAt(server, 9, 10));
    assert.equal(session.body.reschedule, undefined);
  });

  it("a start outside the mentor's availability is refused with SLOT_UNAVAILABLE", async () => {
    const teacher = await mentor(server, {
      weekly: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: '09:00', end: '12:00' })),
    });
    const student = await person(server, uniqueEmail('student'), 'Sam Student');
    const booked = await book(server, student, teacher.id, slotAt(server, 11, 9));
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const r = await propose(student, booked.body.id, slotAt(server, 11, 20));
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'SLOT_UNAVAILABLE');
  });

  it('two sessions accepting moves into the same time at once: exactly one wins', async () => {
    const teacher = await mentor(server);
    const a = await person(server, uniqueEmail('a'), 'Mentee A');
    const b = await person(server, uniqueEmail('b'), 'Mentee B');
    const sa = await book(server, a, teacher.id, slotAt(server, 13, 8));
    const sb = await book(server, b, teacher.id, slotAt(server, 13, 10));
    for (const s of [sa, sb]) assert.equal((await act(server, teacher, s.body.id, 'confirm')).status, 200);
    assert.equal((await propose(a, sa.body.id, slotAt(server, 13, 14))).status, 200);
    assert.equal((await propose(b, sb.body.id, slotAt(server, 13, 14))).status, 200);
    const results = await Promise.all([respond(teacher, sa.body.id, 'accept'), respond(teacher, sb.body.id, 'accept')]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const loser = results[0]!.status === 409 ? sa : sb;
    const loserNow = await server.api('GET', `${base}/sessions/${loser.body.id}`, { token: await teacher.token() });
    assert.equal(loserNow.body.start, loser.body.start, 'the loser keeps its old time');
    assert.equal(await claims(loser.body.id), 25, 'and exactly its old claims (12 + 12 steps and its day seat)');
  });
});
