import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCommunity } from '../services/community-service.js';
import { signIdentityToken } from '../testing/identity-token.js';
import { MESSAGE_RATE_LIMIT } from '../services/message-service.js';
import { book, demoBase as base, mentor, person, setBookingLimit, slotAt, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('direct messages (SPEC T2)', () => {
  let server: TestServer;
  let teacher: Person;
  let student: Person;
  let stranger: Person;
  let conversationId: string;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    teacher = await mentor(server);
    student = await person(server, uniqueEmail('student'), 'Sam Student');
    stranger = await person(server, uniqueEmail('stranger'), 'Stella Stranger');
  });
  after(() => server.stop());

  const call = async (who: Person, method: string, path: string, body?: unknown) =>
    server.api(method, `${base}${path}`, { token: await who.token(), ...(body !== undefined ? { body } : {}) });
  const send = (who: Person, text: string, extra: Record<string, unknown> = {}) =>
    call(who, 'POST', `/conversations/${conversationId}/messages`, { text, ...extra });

  it('refuses members who share neither a mentorship nor a session (403), then opens one conversation per pair', async () => {
    const refused = await call(student, 'POST', '/conversations', { memberId: teacher.id });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'NOT_CONNECTED');
    assert.match(refused.body.error.message, /share a mentorship or a session/);
    assert.equal((await call(student, 'POST', '/conversations', { memberId: student.id })).status, 400, 'not with oneself');

    const booked = await book(server, student, teacher.id, slotAt(server, 3, 10));
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const opened = await call(student, 'POST', '/conversations', { memberId: teacher.id });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    assert.equal(opened.body.with.id, teacher.id);
    assert.equal(opened.body.unreadCount, 0);
    assert.equal(opened.body.lastMessage, null);
    conversationId = opened.body.id;
    const [again, fromOtherSide] = await Promise.all([
      call(student, 'POST', '/conversations', { memberId: teacher.id }),
      call(teacher, 'POST', '/conversations', { memberId: student.id }),
    ]);
    assert.equal(again.body.id, conversationId);
    assert.equal(fromOtherSide.body.id, conversationId, 'both sides share one conversation');
    assert.equal(fromOtherSide.body.with.name, 'Sam Student');
  });

  it('keeps a conversation to its two members: strangers and other communities get 404, never the messages', async () => {
    assert.equal((await send(student, 'Hello! Looking forward to our session.')).status, 201);
    for (const [method, path, body] of [
      ['GET', `/conversations/${conversationId}`],
      ['GET', `/conversations/${conversationId}/messages`],
      ['POST', `/conversations/${conversationId}/messages`, { text: 'let me in' }],
      ['POST', `/conversations/${conversationId}/read`, {}],
    ] as const) {
      const r = await call(stranger, method, path, body);
      assert.equal(r.status, 404, `${method} ${path}`);
      assert.equal(r.body.error.code, 'CONVERSATION_NOT_FOUND');
    }
    assert.equal((await call(stranger, 'POST', '/conversations', { memberId: teacher.id })).status, 403);
    assert.deepEqual((await call(stranger, 'GET', '/conversations')).body, { items: [], unreadCount: 0 });

    // The same person in another community, with a token of that community.
    const { secretKey } = await createCommunity(server.services, { slug: 'elsewhere', name: 'Elsewhere' });
    const now = Math.floor(server.services.now().getTime() / 1000);
    const identity = await signIdentityToken(
      secretKey,
      'elsewhere',
      { email: student.email, name: 'Sam Elsewhere', membershipType: 'Mentee' },
      { nowSeconds: now },
    );
    const signedIn = await server.api('POST', '/v1/communities/elsewhere/auth/identity', { body: { token: identity } });
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    const token = signedIn.body.accessToken;
    const other = '/v1/communities/elsewhere';
    assert.equal((await server.api('GET', `${other}/conversations/${conversationId}/messages`, { token })).status, 404);
    assert.equal((await server.api('POST', `${other}/conversations`, { token, body: { memberId: teacher.id } })).status, 403);
    assert.equal(
      (await server.api('GET', `${base}/conversations/${conversationId}/messages`, { token })).status,
      401,
      'a token of another community',
    );
  });

  it('validates text (1–4000 characters) and session tags', async () => {
    assert.equal((await send(student, '   ')).status, 400);
    const long = await send(student, 'x'.repeat(4001));
    assert.equal(long.status, 400);
    assert.match(long.body.error.message, /4000/);
    assert.equal((await send(student, 'y'.repeat(4000))).status, 201);
    const foreign = await book(server, stranger, teacher.id, slotAt(server, 4, 10));
    const wrongSession = await send(student, 'about that one', { sessionId: foreign.body.id });
    assert.equal(wrongSession.status, 400);
    assert.equal(wrongSession.body.error.details[0].path, 'sessionId');
  });

  it("pages history newest page first, catches up with `since`, and filters a session's chat", async () => {
    const sessions = await call(student, 'GET', '/sessions?role=mentee');
    const sessionId = sessions.body.items[0].id;
    const before = (await call(student, 'GET', `/conversations/${conversationId}`)).body.lastMessage.seq as number;
    for (let i = 1; i <= 7; i++) {
      const r = await send(i % 2 ? teacher : student, `message ${i}`, i >= 6 ? { sessionId } : {});
      assert.equal(r.status, 201);
      assert.equal(r.body.seq, before + i, 'numbers follow each other');
    }
    const newest = await call(student, 'GET', `/conversations/${conversationId}/messages?limit=3`);
    assert.deepEqual(
      newest.body.items.map((m: any) => m.text),
      ['message 5', 'message 6', 'message 7'],
    );
    const older = await call(student, 'GET', `/conversations/${conversationId}/messages?limit=3&before=${newest.body.nextCursor}`);
    assert.deepEqual(
      older.body.items.map((m: any) => m.text),
      ['message 2', 'message 3', 'message 4'],
    );
    const all: string[] = [];
    let cursor: number | null = null;
    do {
      const page: any = await call(student, 'GET', `/conversations/${conversationId}/messages?limit=4${cursor ? `&before=${cursor}` : ''}`);
      all.unshift(...page.body.items.map((m: any) => m.text));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(all.length, before + 7, 'paging reaches every message once');
    const since = await call(teacher, 'GET', `/conversations/${conversationId}/messages?since=${before + 4}`);
    assert.deepEqual(
      since.body.items.map((m: any) => m.text),
      ['message 5', 'message 6', 'message 7'],
    );
    assert.equal(since.body.nextCursor, null);
    const chat = await call(teacher, 'GET', `/conversations/${conversationId}/messages?sessionId=${sessionId}`);
    assert.deepEqual(
      chat.body.items.map((m: any) => [m.text, m.sessionId]),
      [
        ['message 6', sessionId],
        ['message 7', sessionId],
      ],
    );
    assert.equal((await call(teacher, 'GET', `/conversations/${conversationId}/messages?since=1&before=3`)).status, 400);
  });

  it("counts unread from each member's read position, which only moves forward", async () => {
    const start = (await call(teacher, 'POST', `/conversations/${conversationId}/read`, {})).body;
    assert.equal(start.unreadCount, 0);
    await send(student, 'one');
    const two = await send(student, 'two');
    await send(student, 'three');
    const list = await call(teacher, 'GET', '/conversations');
    assert.equal(list.body.items[0].unreadCount, 3);
    assert.equal(list.body.unreadCount, 3);
    assert.equal(list.body.items[0].lastMessage.text, 'three');
    assert.equal((await call(student, 'GET', `/conversations/${conversationId}`)).body.unreadCount, 0, "one's own messages never count");
    const partly = await call(teacher, 'POST', `/conversations/${conversationId}/read`, { upTo: two.body.seq });
    assert.equal(partly.body.unreadCount, 1);
    const back = await call(teacher, 'POST', `/conversations/${conversationId}/read`, { upTo: 1 });
    assert.equal(back.body.unreadCount, 1, 'an older position does not move the read position back');
    assert.equal(
      (await call(student, 'GET', `/conversations/${conversationId}`)).body.otherReadUpTo,
      two.body.seq,
      'the other side sees how far they read',
    );
    await send(teacher, 'a reply');
    assert.equal(
      (await call(teacher, 'GET', `/conversations/${conversationId}`)).body.unreadCount,
      0,
      "replying reads up to one's own message",
    );
    await send(student, 'four');
    assert.equal((await call(teacher, 'GET', '/conversations')).body.unreadCount, 1);
  });

  it(`rate-limits sending per member (${MESSAGE_RATE_LIMIT.limit} a minute) with 429 and Retry-After`, async () => {
    let last;
    for (let i = 0; i <= MESSAGE_RATE_LIMIT.limit; i++) {
      last = await send(teacher, `burst ${i}`);
      if (last.status === 429) break;
    }
    assert.equal(last!.status, 429);
    assert.equal(last!.body.error.code, 'RATE_LIMITED');
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    assert.equal((await send(student, 'the other member is not limited')).status, 201);
    server.advanceClock(61_000);
    assert.equal((await send(teacher, 'after the window')).status, 201);
  });
});
