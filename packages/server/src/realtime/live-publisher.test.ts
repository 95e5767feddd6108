// Live delivery through the built-in endpoint, received by the unmodified pusher-js (Node): session
// changes, messages, read state and notifications reach the member channels of the people concerned,
// and conversation channels are authorized for their two members only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Pusher from 'pusher-js';
import { conversationChannel, memberChannel, realtimeEvents } from '@mentorkit/core';
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

interface Live {
  pusher: Pusher;
  /** Resolves with the data of the next `event` on `channel` that satisfies `match`. */
  next(channel: string, event: string, match?: (data: any) => boolean): Promise<any>;
  /** Resolves true when subscribed, false when the service refused the channel. */
  subscribe(channel: string): Promise<boolean>;
}

describe('live publishing (SPEC T1) to pusher-js', () => {
  let server: TestServer;
  let teacher: Person;
  let student: Person;
  const sockets: Pusher[] = [];
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    teacher = await mentor(server);
    student = await person(server, uniqueEmail('student'), 'Sam Student');
  });
  after(async () => {
    for (const s of sockets) s.disconnect();
    await server.stop();
  });

  async function connect(who: Person): Promise<Live> {
    const info = (await server.api('GET', base)).body.realtime;
    const url = new URL(server.url);
    const pusher = new Pusher(info.key, {
      cluster: info.cluster,
      wsHost: url.hostname,
      wsPort: Number(url.port),
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: {
        transport: 'ajax',
        endpoint: `${server.url}${base}/realtime/auth`,
        customHandler: async ({ socketId, channelName }, callback) => {
          const r = await fetch(`${server.url}${base}/realtime/auth`, {
            method: 'POST',
            headers: { authorization: `Bearer ${await who.token()}`, 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }),
          });
          if (r.status === 200) callback(null, await r.json());
          else callback(new Error(`refused ${r.status}`), null);
        },
      },
    });
    sockets.push(pusher);
    return {
      pusher,
      subscribe: (channel) =>
        new Promise((resolve) => {
          const ch = pusher.subscribe(channel);
          ch.bind('pusher:subscription_succeeded', () => resolve(true));
          ch.bind('pusher:subscription_error', () => resolve(false));
        }),
      next: (channel, event, match = () => true) =>
        new Promise((resolve) => {
          const ch = pusher.channel(channel) ?? pusher.subscribe(channel);
          const handler = (data: any) => {
            if (!match(data)) return;
            ch.unbind(event, handler);
            resolve(data);
          };
          ch.bind(event, handler);
        }),
    };
  }

  it("delivers session changes and notifications to both sides' member channels", async () => {
    const mentorLive = await connect(teacher);
    const menteeLive = await connect(student);
    assert.equal(await mentorLive.subscribe(memberChannel(teacher.id)), true);
    assert.equal(await menteeLive.subscribe(memberChannel(student.id)), true);
    assert.equal(await menteeLive.subscribe(memberChannel(teacher.id)), false, "another member's channel is refused");

    const requested = mentorLive.next(memberChannel(teacher.id), realtimeEvents.sessionUpdated);
    const told = mentorLive.next(memberChannel(teacher.id), realtimeEvents.notificationCreated);
    const booked = await book(server, student, teacher.id, slotAt(server, 3, 10));
    assert.equal((await requested).id, booked.body.id);
    assert.equal((await requested).status, 'pending');
    const notification = await told;
    assert.equal(notification.notification.type, 'session.requested');
    assert.equal(notification.unreadCount, 1);

    const confirmed = menteeLive.next(memberChannel(student.id), realtimeEvents.sessionUpdated, (s) => s.status === 'confirmed');
    await act(server, teacher, booked.body.id, 'confirm');
    assert.equal((await confirmed).id, booked.body.id);
  });

  it('delivers messages and read state; conversation channels are for their two members only', async () => {
    const opened = await server.api('POST', `${base}/conversations`, { token: await student.token(), body: { memberId: teacher.id } });
    const id = opened.body.id;
    const mentorLive = await connect(teacher);
    const menteeLive = await connect(student);
    await mentorLive.subscribe(memberChannel(teacher.id));
    await menteeLive.subscribe(memberChannel(student.id));
    assert.equal(await mentorLive.subscribe(conversationChannel(id)), true);
    const outsider = await connect(await person(server, uniqueEmail('outsider'), 'Otto'));
    assert.equal(await outsider.subscribe(conversationChannel(id)), false);

    const onMember = mentorLive.next(memberChannel(teacher.id), realtimeEvents.messageCreated);
    const onConversation = mentorLive.next(conversationChannel(id), realtimeEvents.messageCreated);
    const sent = await server.api('POST', `${base}/conversations/${id}/messages`, {
      token: await student.token(),
      body: { text: 'Hi there' },
    });
    const received = await onMember;
    assert.equal(received.message.id, sent.body.id);
    assert.equal(received.conversation.unreadCount, 1, "the recipient's own view of the conversation");
    assert.equal(received.conversation.with.id, student.id);
    assert.equal((await onConversation).message.text, 'Hi there');

    const readSeen = menteeLive.next(memberChannel(student.id), realtimeEvents.conversationRead);
    const readMine = mentorLive.next(memberChannel(teacher.id), realtimeEvents.conversationRead);
    await server.api('POST', `${base}/conversations/${id}/read`, { token: await teacher.token(), body: {} });
    assert.deepEqual(await readMine, { conversationId: id, memberId: teacher.id, readUpTo: sent.body.seq, unreadCount: 0 });
    assert.equal((await readSeen).readUpTo, sent.body.seq, 'the sender sees how far the other read');
  });

  it('lets a client catch up on sessions changed since a cursor (listMySessions changedSince)', async () => {
    const booked = await book(server, student, teacher.id, slotAt(server, 5, 10));
    const list = async (query: string) => (await server.api('GET', `${base}/sessions?${query}`, { token: await teacher.token() })).body;
    const cursor = booked.body.updatedAt;
    assert.deepEqual((await list(`changedSince=${encodeURIComponent(cursor)}`)).items, [], 'nothing changed since');
    server.advanceClock(1000);
    await act(server, teacher, booked.body.id, 'confirm');
    const changed = await list(`changedSince=${encodeURIComponent(cursor)}`);
    assert.deepEqual(
      changed.items.map((s: any) => [s.id, s.status]),
      [[booked.body.id, 'confirmed']],
    );
    assert.equal((await server.api('GET', `${base}/sessions?changedSince=yesterday`, { token: await teacher.token() })).status, 400);
  });
});
