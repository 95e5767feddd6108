import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { READING_WINDOW_MS } from '../notifications/notifier.js';
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

describe('in-app notifications (SPEC T5)', () => {
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
  const notifications = async (who: Person, query = '') => (await call(who, 'GET', `/me/notifications${query}`)).body;

  it('tells the other side of each session change, with the cancellation reason', async () => {
    const booked = await book(server, student, teacher.id, slotAt(server, 3, 10), 60, { topic: 'Designing APIs' });
    let inbox = await notifications(teacher);
    assert.equal(inbox.unreadCount, 1);
    assert.equal(inbox.items[0].type, 'session.requested');
    assert.deepEqual(inbox.items[0].data.actor, { id: student.id, name: 'Sam Student' });
    assert.equal(inbox.items[0].data.topic, 'Designing APIs');
    assert.equal(inbox.items[0].readAt, null);
    assert.equal((await notifications(student)).items.length, 0, 'nobody is told about their own action');

    await act(server, teacher, booked.body.id, 'confirm');
    await server.api('PUT', `${base}/sessions/${booked.body.id}/meeting-link`, {
      token: await teacher.token(),
      body: { url: 'https://zoom.us/j/123456789' },
    });
    await act(server, student, booked.body.id, 'cancel', { reason: 'I caught the flu' });
    inbox = await notifications(student);
    assert.deepEqual(
      inbox.items.map((n: any) => n.type),
      ['session.meeting_changed', 'session.confirmed'],
    );
    const mentorInbox = await notifications(teacher);
    assert.equal(mentorInbox.items[0].type, 'session.cancelled');
    assert.equal(mentorInbox.items[0].data.reason, 'I caught the flu');
    assert.equal(mentorInbox.unreadCount, 2);
  });

  it('tells a mentor about a request and the mentee about the answer', async () => {
    const other = await mentor(server);
    const asked = await call(student, 'POST', '/mentorships', { mentorId: other.id, message: 'Hi' });
    assert.equal((await notifications(other)).items[0].type, 'mentorship.requested');
    await call(other, 'POST', `/mentorships/${asked.body.id}/respond`, { decision: 'accept' });
    const inbox = await notifications(student);
    assert.equal(inbox.items[0].type, 'mentorship.accepted');
    assert.equal(inbox.items[0].data.mentorshipId, asked.body.id);
  });

  it('tells about a new message once, not while the member is reading, and settles it when read', async () => {
    const conversation = (await call(student, 'POST', '/conversations', { memberId: teacher.id })).body;
    const send = (who: Person, text: string) => call(who, 'POST', `/conversations/${conversation.id}/messages`, { text });
    const before = (await notifications(teacher)).unreadCount;
    await send(student, 'Are you free next week?\nI have some questions.');
    await send(student, 'Also, about the flu…');
    let inbox = await notifications(teacher);
    assert.equal(inbox.unreadCount, before + 1, 'two messages, one notification');
    assert.equal(inbox.items[0].type, 'message.received');
    assert.equal(inbox.items[0].data.preview, 'Are you free next week? I have some questions.');
    assert.equal(inbox.items[0].data.conversationId, conversation.id);

    await call(teacher, 'POST', `/conversations/${conversation.id}/read`, {});
    inbox = await notifications(teacher);
    assert.equal(inbox.unreadCount, before, 'reading the conversation settles its notification');
    await send(student, 'One more thing');
    assert.equal((await notifications(teacher)).unreadCount, before, 'she just read it: she is reading, no notification');
    server.advanceClock(READING_WINDOW_MS + 1000);
    await send(student, 'Hello again');
    assert.equal((await notifications(teacher)).unreadCount, before + 1, 'after a while away, she is told again');
  });

  it("pages newest first, catches up with `since`, and marks some or all read (only one's own)", async () => {
    const first = await notifications(teacher, '?limit=2');
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await notifications(teacher, `?limit=2&cursor=${first.nextCursor}`);
    assert.ok(second.items.every((n: any) => !first.items.some((f: any) => f.id === n.id)));
    const latest = first.latestCursor;
    assert.equal((await notifications(teacher, `?since=${latest}`)).items.length, 0);
    await book(server, student, teacher.id, slotAt(server, 6, 10));
    const caughtUp = await notifications(teacher, `?since=${latest}`);
    assert.deepEqual(
      caughtUp.items.map((n: any) => n.type),
      ['session.requested'],
    );
    assert.notEqual(caughtUp.latestCursor, latest);

    const unread = await notifications(teacher, '?unreadOnly=true&limit=100');
    assert.ok(unread.items.every((n: any) => n.readAt === null));
    const studentsOwn = (await notifications(student)).items[0].id;
    const marked = await call(teacher, 'POST', '/me/notifications/read', { ids: [unread.items[0].id, studentsOwn] });
    assert.deepEqual(marked.body, { marked: 1, unreadCount: unread.unreadCount - 1 });
    assert.equal((await notifications(student)).items[0].readAt, null, "another member's notification is untouched");
    const all = await call(teacher, 'POST', '/me/notifications/read', { all: true });
    assert.equal(all.body.unreadCount, 0);
    assert.equal((await call(teacher, 'POST', '/me/notifications/read', { all: false })).status, 400);
    assert.equal((await call(teacher, 'GET', '/me/notifications?since=nope')).status, 400);
    assert.equal((await server.api('GET', `${base}/me/notifications`)).status, 401);
  });
});
