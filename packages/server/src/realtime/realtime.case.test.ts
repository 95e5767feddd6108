// The real-time conformance suite (pusher-protocol.md §7): the unmodified pusher-js 8 (Node), a raw `ws`
// client and the `pusher` 5 SDK against a Pusher-protocol endpoint. It runs against the built-in
// endpoint (built-in-realtime.test.ts) and against the hosted adapter path (hosted-realtime.test.ts).
// Every test uses channels of its own. "Not delivered" is proven by a later marker on the same socket,
// never by waiting for a while.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { md5Hex, signRequest } from './pusher-signatures.js';
import type { TestServer } from '../testing/test-server.js';
import {
  channelName,
  connected,
  disconnectAll,
  localAuthorizer,
  nextEvent,
  pusherJs,
  RawSocket,
  recorder,
  restClient,
  signedUser,
  subscribed,
  type Endpoint,
} from '../testing/realtime-clients.js';
import { channelAuthCases } from './channel-auth.case.test.js';
import { signChannel } from './pusher-signatures.js';

export interface RealtimeTarget {
  /** The MentorKit service whose `services.realtime` publishes and whose `authorizeRealtimeChannel` signs. */
  service: TestServer;
  /** Where clients connect and REST requests go (the service itself, or the server the hosted adapter uses). */
  endpoint: Endpoint;
  stop(): Promise<void>;
}

const ten = Array.from({ length: 10 }, (_, i) => i);

export function runRealtimeConformance(name: string, start: () => Promise<RealtimeTarget>, options: { skip?: string } = {}): void {
  describe(`real-time conformance: ${name}`, { skip: options.skip }, () => {
    let target: RealtimeTarget;
    let endpoint: Endpoint;
    const sockets: RawSocket[] = [];
    const raw = async () => {
      const socket = await RawSocket.connect(endpoint);
      sockets.push(socket);
      return socket;
    };
    /** A hand-made signed request, to vary one thing at a time. */
    const signed = async (method: string, path: string, body: string | undefined, tweak: { timestamp?: number; secret?: string; md5?: string; key?: string } = {}) => {
      const params: Record<string, string> = {
        auth_key: tweak.key ?? endpoint.key,
        auth_timestamp: String(tweak.timestamp ?? Math.floor(Date.now() / 1000)),
        auth_version: '1.0',
      };
      if (body !== undefined) params.body_md5 = tweak.md5 ?? md5Hex(body);
      const signature = signRequest(tweak.secret ?? endpoint.secret, method, path, params);
      const query = new URLSearchParams({ ...params, auth_signature: signature });
      const response = await fetch(`http://${endpoint.host}:${endpoint.port}${path}?${query}`, {
        method,
        body,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      });
      return { status: response.status, text: await response.text() };
    };

    before(async () => {
      target = await start();
      endpoint = target.endpoint;
    });
    afterEach(() => {
      disconnectAll();
      for (const socket of sockets.splice(0)) socket.close();
    });
    after(() => target.stop());

    describe('handshake (§7.1)', () => {
      it('sends connection_established at once: data is a JSON string with a socket id and a non-zero activity timeout', async () => {
        const socket = await RawSocket.open(endpoint);
        sockets.push(socket);
        const frame = await socket.next((f) => f.event === 'pusher:connection_established');
        assert.equal(typeof frame.rawData, 'string');
        assert.match(frame.data.socket_id, /^\d+\.\d+$/);
        assert.ok(frame.data.activity_timeout > 0);
      });

      it('gives every connection a new socket id', async () => {
        const [a, b] = await Promise.all([raw(), raw()]);
        assert.notEqual(a.socketId, b.socketId);
      });

      it('refuses an unknown app key with pusher:error 4001 and close 4001', async () => {
        const socket = await RawSocket.open(endpoint, '/app/no-such-key?protocol=7');
        const error = await socket.next((f) => f.event === 'pusher:error');
        assert.equal(error.data.code, 4001);
        assert.equal((await socket.closed).code, 4001);
      });

      it('refuses a connection without a protocol version with 4008', async () => {
        const socket = await RawSocket.open(endpoint, `/app/${endpoint.key}`);
        assert.equal((await socket.next((f) => f.event === 'pusher:error')).data.code, 4008);
        assert.equal((await socket.closed).code, 4008);
      });

      it('refuses an unsupported protocol version with 4007', async () => {
        const socket = await RawSocket.open(endpoint, `/app/${endpoint.key}?protocol=2`);
        assert.equal((await socket.closed).code, 4007);
      });

      it('pusher-js gives up for good on an unknown key (4001 is in the 4000–4099 range)', async () => {
        const client = pusherJs(endpoint, { key: 'unknown-key-123' });
        const error = await new Promise<any>((resolve) => client.connection.bind('error', resolve));
        assert.equal(error.data?.code ?? error.error?.data?.code, 4001);
      });

      it('refuses WebSocket upgrades on other paths', async () => {
        await assert.rejects(RawSocket.open(endpoint, '/not-pusher?protocol=7'), /Unexpected server response: 404/);
      });

      it('answers pusher:ping with pusher:pong whose data is "{}"', async () => {
        const socket = await raw();
        socket.send({ event: 'pusher:ping', data: {} });
        const pong = await socket.next((f) => f.event === 'pusher:pong');
        assert.equal(pong.rawData, '{}');
      });

      it('connects the unmodified pusher-js', async () => {
        assert.match(await connected(pusherJs(endpoint)), /^\d+\.\d+$/);
      });
    });

    describe('malformed input is answered with pusher:error, never a crash', () => {
      const malformed: Array<[string, string | Buffer]> = [
        ['text that is not JSON', 'hello {'],
        ['JSON that is not an object', '[1,2,3]'],
        ['an object without an event', '{"data":{}}'],
        ['a binary frame', Buffer.from([1, 2, 3])],
        ['an unknown event', '{"event":"pusher:nonsense","data":{}}'],
        ['a subscribe without a channel', '{"event":"pusher:subscribe","data":{}}'],
      ];
      for (const [what, message] of malformed) {
        it(`answers ${what} and keeps the socket open`, async () => {
          const socket = await raw();
          socket.send(message);
          const answers = await socket.roundTrip();
          assert.equal(answers.length, 1, JSON.stringify(answers));
          assert.equal(answers[0]!.event, 'pusher:error');
          assert.equal(typeof answers[0]!.data.message, 'string');
        });
      }

      it('closes a frame above the size limit with 1009, and keeps serving others', async () => {
        const socket = await raw();
        socket.send(JSON.stringify({ event: 'client-big', channel: 'private-x', data: 'x'.repeat(200 * 1024) }));
        assert.equal((await socket.closed).code, 1009);
        assert.ok(await (await raw()).roundTrip());
      });

      it('accepts subscribe data sent as a JSON string as well as an object', async () => {
        const socket = await raw();
        const channel = channelName('public');
        const answer = socket.nextNew((f) => f.channel === channel);
        socket.send({ event: 'pusher:subscribe', data: JSON.stringify({ channel }) });
        assert.equal((await answer).event, 'pusher_internal:subscription_succeeded');
      });

      it('refuses an invalid channel name per channel (subscription_error 400), without closing', async () => {
        const socket = await raw();
        const answer = await socket.subscribe('bad channel name!');
        assert.equal(answer.event, 'pusher:subscription_error');
        assert.equal(answer.data.status, 400);
        assert.deepEqual(await socket.roundTrip(), []);
      });
    });

    describe('publishing (§7.2, §7.10)', () => {
      it('puts REST data in the frame verbatim (no double encoding)', async () => {
        const socket = await raw();
        const channel = channelName('public');
        await socket.subscribe(channel);
        const got = socket.nextNew((f) => f.event === 'news');
        await restClient(endpoint).trigger(channel, 'news', '{"headline":"hi"}');
        assert.equal((await got).rawData, '{"headline":"hi"}');
      });

      it('delivers what the service publishes to pusher-js as the same object', async () => {
        const client = pusherJs(endpoint);
        const channel = channelName('private');
        await subscribed(client, channel);
        const got = nextEvent(client, channel, 'session.updated');
        await target.service.services.realtime.publish([channel], 'session.updated', { id: 's1', n: [1, 2] });
        assert.deepEqual((await got).data, { id: 's1', n: [1, 2] });
      });

      it('triggers one event to several channels', async () => {
        const client = pusherJs(endpoint);
        const channels = [channelName('a'), channelName('b'), channelName('c')];
        await Promise.all(channels.map((c) => subscribed(client, c)));
        const got = Promise.all(channels.map((c) => nextEvent(client, c, 'multi')));
        await restClient(endpoint).trigger(channels, 'multi', { ok: true });
        assert.deepEqual((await got).map((g) => g.data), [{ ok: true }, { ok: true }, { ok: true }]);
      });

      it('delivers a batch (triggerBatch)', async () => {
        const client = pusherJs(endpoint);
        const [a, b] = [channelName('batch'), channelName('batch')];
        await Promise.all([subscribed(client, a), subscribed(client, b)]);
        const got = Promise.all([nextEvent(client, a, 'one'), nextEvent(client, b, 'two')]);
        await restClient(endpoint).triggerBatch([
          { channel: a, name: 'one', data: { n: 1 } },
          { channel: b, name: 'two', data: { n: 2 } },
        ]);
        assert.deepEqual((await got).map((g) => g.data), [{ n: 1 }, { n: 2 }]);
      });

      it('excludes exactly the socket named in socket_id (REST)', async () => {
        const [a, b] = [pusherJs(endpoint), pusherJs(endpoint)];
        const channel = channelName('private');
        await Promise.all([subscribed(a, channel), subscribed(b, channel)]);
        const seenByA = recorder(a, channel);
        const gotB = nextEvent(b, channel, 'changed');
        await restClient(endpoint).trigger(channel, 'changed', { v: 1 }, { socket_id: a.connection.socket_id });
        await gotB;
        const markerA = nextEvent(a, channel, 'marker');
        await restClient(endpoint).trigger(channel, 'marker', {});
        await markerA;
        assert.deepEqual(seenByA.map((s) => s.event), ['marker']);
      });

      it('excludes the socket that caused a change when the service publishes with excludeSocketId', async () => {
        const [a, b] = [pusherJs(endpoint), pusherJs(endpoint)];
        const channel = channelName('private');
        await Promise.all([subscribed(a, channel), subscribed(b, channel)]);
        const seenByA = recorder(a, channel);
        const gotB = nextEvent(b, channel, 'changed');
        await target.service.services.realtime.publish([channel], 'changed', {}, { excludeSocketId: a.connection.socket_id });
        await gotB;
        const markerA = nextEvent(a, channel, 'marker');
        await target.service.services.realtime.publish([channel], 'marker', {});
        await markerA;
        assert.deepEqual(seenByA.map((s) => s.event), ['marker']);
      });

      it('stops delivering after pusher:unsubscribe', async () => {
        const socket = await raw();
        const [gone, kept] = [channelName('public'), channelName('public')];
        await socket.subscribe(gone);
        await socket.subscribe(kept);
        socket.send({ event: 'pusher:unsubscribe', data: { channel: gone } });
        await socket.roundTrip();
        const from = socket.frames.length;
        await restClient(endpoint).trigger(gone, 'late', {});
        await restClient(endpoint).trigger(kept, 'marker', {});
        await socket.next((f) => f.event === 'marker');
        assert.deepEqual(socket.frames.slice(from).map((f) => f.event), ['marker']);
      });

      it('does not double-count or double-deliver a channel subscribed twice on one socket (§7.5)', async () => {
        const socket = await raw();
        const channel = channelName('public');
        await socket.subscribe(channel);
        await socket.subscribe(channel);
        const info = await restClient(endpoint).get({ path: `/channels/${channel}`, params: { info: 'subscription_count' } });
        assert.deepEqual(await info.json(), { occupied: true, subscription_count: 1 });
        const from = socket.frames.length;
        await restClient(endpoint).trigger(channel, 'once', {});
        await socket.next((f) => f.event === 'once');
        await socket.roundTrip();
        assert.equal(socket.frames.slice(from).filter((f) => f.event === 'once').length, 1);
      });
    });

    describe('private channels (§7.8)', () => {
      it('subscribes with a valid signature', async () => {
        assert.deepEqual(await subscribed(pusherJs(endpoint), channelName('private')), {});
      });

      it('refuses a bad signature per channel (AuthError 401) and keeps the socket and its other channels', async () => {
        const socket = await raw();
        const good = channelName('private');
        await socket.subscribe(good, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, good) });
        const bad = channelName('private');
        const answer = await socket.subscribe(bad, { auth: `${endpoint.key}:${'0'.repeat(64)}` });
        assert.equal(answer.event, 'pusher:subscription_error');
        assert.equal(answer.data.type, 'AuthError');
        assert.equal(answer.data.status, 401);
        const got = socket.nextNew((f) => f.event === 'still-here');
        await restClient(endpoint).trigger(good, 'still-here', {});
        assert.equal((await got).channel, good);
      });

      it('refuses a signature made for another socket', async () => {
        const socket = await raw();
        const channel = channelName('private');
        const answer = await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, '1234.5678', channel) });
        assert.equal(answer.event, 'pusher:subscription_error');
      });

      it('authorizes private-encrypted- channels like private ones and relays data untouched', async () => {
        const socket = await raw();
        const channel = channelName('private-encrypted');
        const answer = await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, channel) });
        assert.equal(answer.event, 'pusher_internal:subscription_succeeded');
        const got = socket.nextNew((f) => f.event === 'sealed');
        // The SDK encrypts itself (it needs a master key); the server's part is to relay the string untouched.
        const body = JSON.stringify({ name: 'sealed', channel, data: '{"nonce":"abc","ciphertext":"def"}' });
        assert.equal((await signed('POST', `/apps/${endpoint.appId}/events`, body)).status, 200);
        assert.equal((await got).rawData, '{"nonce":"abc","ciphertext":"def"}');
      });
    });

    describe('presence (§7.3, §7.4, §7.6)', () => {
      const presenceClient = (userId: string | number, info?: unknown) =>
        pusherJs(endpoint, { authorize: localAuthorizer(endpoint, info === undefined ? { user_id: userId } : { user_id: userId, user_info: info }) });

      it('answers with the members including the subscriber, and user_info', async () => {
        const channel = channelName('presence');
        const client = presenceClient('ana', { name: 'Ana' });
        const members = await subscribed(client, channel);
        assert.equal(members.count, 1);
        assert.deepEqual(members.me, { id: 'ana', info: { name: 'Ana' } });
      });

      it('tells others about a new member, never the subscriber itself', async () => {
        const channel = channelName('presence');
        const ana = presenceClient('ana');
        await subscribed(ana, channel);
        const seenByAna = recorder(ana, channel);
        const ben = presenceClient('ben', { name: 'Ben' });
        const seenByBen = recorder(ben, channel);
        const added = nextEvent(ana, channel, 'pusher:member_added');
        const benMembers = await subscribed(ben, channel);
        assert.deepEqual((await added).data, { id: 'ben', info: { name: 'Ben' } });
        assert.equal(benMembers.count, 2);
        assert.deepEqual(seenByAna.map((s) => s.event), ['pusher:member_added']);
        assert.ok(!seenByBen.some((s) => s.event === 'pusher:member_added'));
      });

      it('counts a user with two sockets once: member_added on the first, member_removed on the last (§7.4)', async () => {
        const channel = channelName('presence');
        const watcher = await raw();
        const watch = (data: string) => ({ auth: signChannel(endpoint.key, endpoint.secret, watcher.socketId, channel, data), channel_data: data });
        await watcher.subscribe(channel, watch('{"user_id":"watcher"}'));
        const tab1 = presenceClient('ana');
        const tab2 = presenceClient('ana');
        await subscribed(tab1, channel);
        const second = await subscribed(tab2, channel);
        assert.equal(second.count, 2, 'watcher and ana');
        tab1.disconnect();
        const users = async () => (await (await restClient(endpoint).get({ path: `/channels/${channel}/users` })).json()) as { users: { id: string }[] };
        // The marker proves the first tab's close was handled before we look.
        await watcher.roundTrip();
        tab2.disconnect();
        await watcher.next((f) => f.event === 'pusher_internal:member_removed');
        const events = watcher.frames.filter((f) => f.channel === channel && f.event.startsWith('pusher_internal:member'));
        assert.deepEqual(events.map((f) => [f.event, f.data.user_id]), [
          ['pusher_internal:member_added', 'ana'],
          ['pusher_internal:member_removed', 'ana'],
        ]);
        assert.deepEqual((await users()).users, [{ id: 'watcher' }]);
      });

      it('signs the exact channel_data string (whitespace kept); a changed channel_data is refused', async () => {
        const socket = await raw();
        const channel = channelName('presence');
        const data = '{ "user_id" : "spaced",  "user_info": {"name":"S"} }';
        const good = await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, channel, data), channel_data: data });
        assert.equal(good.event, 'pusher_internal:subscription_succeeded');
        assert.deepEqual(good.data.presence.hash, { spaced: { name: 'S' } });
        const other = channelName('presence');
        const forged = await socket.subscribe(other, {
          auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, other, '{"user_id":"a"}'),
          channel_data: '{"user_id":"admin"}',
        });
        assert.equal(forged.event, 'pusher:subscription_error');
      });

      it('keys a numeric user_id as a string and gives null user_info when absent', async () => {
        const socket = await raw();
        const channel = channelName('presence');
        const data = '{"user_id":42}';
        const answer = await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, channel, data), channel_data: data });
        assert.deepEqual(answer.data.presence, { ids: ['42'], hash: { '42': null }, count: 1 });
      });

      it('sends member_removed when a member unsubscribes', async () => {
        const channel = channelName('presence');
        const [ana, ben] = [presenceClient('ana'), presenceClient('ben')];
        await subscribed(ana, channel);
        await subscribed(ben, channel);
        const removed = nextEvent(ana, channel, 'pusher:member_removed');
        ben.unsubscribe(channel);
        assert.equal((await removed).data.id, 'ben');
      });

      it('reports user_count and users over REST', async () => {
        const channel = channelName('presence');
        await subscribed(presenceClient('u1'), channel);
        await subscribed(presenceClient('u2'), channel);
        const rest = restClient(endpoint);
        assert.deepEqual(await (await rest.get({ path: `/channels/${channel}`, params: { info: 'user_count' } })).json(), { occupied: true, user_count: 2 });
        const users = (await (await rest.get({ path: `/channels/${channel}/users` })).json()) as { users: { id: string }[] };
        assert.deepEqual(users.users.map((u) => u.id).sort(), ['u1', 'u2']);
      });
    });

    describe('client events (§7.7)', () => {
      const privatePair = async () => {
        const channel = channelName('private');
        const [a, b] = await Promise.all([raw(), raw()]);
        for (const s of [a, b]) await s.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, s.socketId, channel) });
        return { channel, a, b };
      };
      /** A REST marker on `channel`: everything the server sent `socket` before it has arrived once it has. */
      const marker = async (socket: RawSocket, channel: string) => {
        const got = socket.nextNew((f) => f.event === 'marker');
        await restClient(endpoint).trigger(channel, 'marker', {});
        await got;
      };

      it('relays a client event to the others on a private channel, never back to the sender', async () => {
        const { channel, a, b } = await privatePair();
        const got = b.nextNew((f) => f.event === 'client-typing');
        a.send({ event: 'client-typing', channel, data: { draft: 'hi' } });
        assert.deepEqual((await got).rawData, { draft: 'hi' }, 'data forwarded as is');
        await marker(a, channel);
        assert.ok(!a.frames.some((f) => f.event === 'client-typing'));
      });

      it('adds user_id to client events on presence channels (pusher-js metadata)', async () => {
        const channel = channelName('presence');
        const ana = pusherJs(endpoint, { authorize: localAuthorizer(endpoint, { user_id: 'ana' }) });
        const ben = pusherJs(endpoint, { authorize: localAuthorizer(endpoint, { user_id: 'ben' }) });
        await subscribed(ana, channel);
        await subscribed(ben, channel);
        const got = nextEvent(ben, channel, 'client-offer');
        ana.channel(channel).trigger('client-offer', { sdp: 'x' });
        const { data, metadata } = await got;
        assert.deepEqual(data, { sdp: 'x' });
        assert.equal(metadata.user_id, 'ana');
      });

      it('refuses client events on a public channel', async () => {
        const socket = await raw();
        const other = await raw();
        const channel = channelName('public');
        await socket.subscribe(channel);
        await other.subscribe(channel);
        socket.send({ event: 'client-x', channel, data: {} });
        const answers = await socket.roundTrip();
        assert.equal(answers[0]?.event, 'pusher:error');
        await marker(other, channel);
        assert.ok(!other.frames.some((f) => f.event === 'client-x'));
      });

      it('refuses client events on a channel the sender has not subscribed to', async () => {
        const { channel, b } = await privatePair();
        const outsider = await raw();
        outsider.send({ event: 'client-x', channel, data: {} });
        assert.equal((await outsider.roundTrip())[0]?.event, 'pusher:error');
        await marker(b, channel);
        assert.ok(!b.frames.some((f) => f.event === 'client-x'));
      });

      it('refuses client events on private-encrypted- channels', async () => {
        const socket = await raw();
        const channel = channelName('private-encrypted');
        await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, channel) });
        socket.send({ event: 'client-x', channel, data: {} });
        assert.equal((await socket.roundTrip())[0]?.event, 'pusher:error');
      });

      it('drops the 11th client event within a second with pusher:error 4301, without closing', async () => {
        const { channel, a, b } = await privatePair();
        for (const i of [...ten, 10]) a.send({ event: 'client-n', channel, data: { i } });
        const answers = await a.roundTrip();
        assert.deepEqual(answers.map((f) => [f.event, f.data.code]), [['pusher:error', 4301]]);
        await marker(b, channel);
        assert.deepEqual(b.frames.filter((f) => f.event === 'client-n').map((f) => f.data.i), ten);
        assert.equal(a.ws.readyState, a.ws.OPEN);
      });

      it('drops client event data above 10 KB with pusher:error, and relays 10 KB', async () => {
        const { channel, a, b } = await privatePair();
        a.send({ event: 'client-big', channel, data: 'x'.repeat(10 * 1024 + 1) });
        a.send({ event: 'client-fits', channel, data: 'y'.repeat(10 * 1024 - 2) });
        const answers = await a.roundTrip();
        assert.deepEqual(answers.map((f) => f.event), ['pusher:error']);
        assert.match(answers[0]!.data.message, /10240 bytes/);
        await marker(b, channel);
        assert.deepEqual(b.frames.filter((f) => f.event.startsWith('client-')).map((f) => f.event), ['client-fits']);
      });
    });

    describe('user sign-in (§7.11)', () => {
      it('signs in a user and sendToUser reaches every socket of that user', async () => {
        const id = channelName('user');
        const [tab1, tab2] = [pusherJs(endpoint, { user: { id } }), pusherJs(endpoint, { user: { id } })];
        const signedIn = (c: typeof tab1) => new Promise<void>((resolve) => c.connection.bind('message', (m: { event: string }) => m.event === 'pusher_internal:subscription_succeeded' && resolve()));
        tab1.signin();
        tab2.signin();
        await Promise.all([signedIn(tab1), signedIn(tab2)]);
        const got = Promise.all([tab1, tab2].map((c) => new Promise<any>((resolve) => c.user.bind('hello', resolve))));
        await restClient(endpoint).sendToUser(id, 'hello', { to: 'you' });
        assert.deepEqual(await got, [{ to: 'you' }, { to: 'you' }]);
      });

      it('answers a bad sign-in signature with pusher:error 4009 and closes with 4009', async () => {
        const socket = await raw();
        socket.send({ event: 'pusher:signin', data: { auth: `${endpoint.key}:bad`, user_data: '{"id":"mallory"}' } });
        assert.equal((await socket.next((f) => f.event === 'pusher:error')).data.code, 4009);
        assert.equal((await socket.closed).code, 4009);
      });

      it('accepts #server-to-user- only for the signed-in user', async () => {
        const socket = await raw();
        socket.send({ event: 'pusher:signin', data: signedUser(endpoint, socket.socketId, { id: 'alice' }) });
        const success = await socket.next((f) => f.event === 'pusher:signin_success');
        assert.equal(success.data.user_data, '{"id":"alice"}');
        assert.equal((await socket.subscribe('#server-to-user-alice')).event, 'pusher_internal:subscription_succeeded');
        const other = await socket.subscribe('#server-to-user-bob');
        assert.equal(other.event, 'pusher:subscription_error');
      });

      it('uses the signed-in user on a presence channel whose auth has no channel_data', async () => {
        const socket = await raw();
        socket.send({ event: 'pusher:signin', data: signedUser(endpoint, socket.socketId, { id: 'carol', user_info: { name: 'Carol' } }) });
        await socket.next((f) => f.event === 'pusher:signin_success');
        const channel = channelName('presence');
        const answer = await socket.subscribe(channel, { auth: signChannel(endpoint.key, endpoint.secret, socket.socketId, channel) });
        assert.deepEqual(answer.data.presence.hash, { carol: { name: 'Carol' } });
      });

      it('terminate_connections closes every socket of that user', async () => {
        const socket = await raw();
        socket.send({ event: 'pusher:signin', data: signedUser(endpoint, socket.socketId, { id: 'leaver' }) });
        await socket.next((f) => f.event === 'pusher:signin_success');
        await restClient(endpoint).terminateUserConnections('leaver');
        assert.ok((await socket.closed).code >= 4000);
      });
    });

    describe('REST API signatures and limits (§7.9)', () => {
      const eventsPath = () => `/apps/${endpoint.appId}/events`;
      const event = JSON.stringify({ name: 'x', data: '{}', channels: ['public-rest'] });

      it('accepts a correctly signed request with {}', async () => {
        assert.deepEqual(await signed('POST', eventsPath(), event), { status: 200, text: '{}' });
      });

      it('refuses a bad signature with 401 (the SDK with a wrong secret)', async () => {
        await assert.rejects(restClient(endpoint, { secret: 'not-the-secret-at-all' }).trigger('c', 'e', {}), (error: { status?: number }) => error.status === 401);
      });

      it('refuses a stale timestamp (more than 600 s old) with 401', async () => {
        const stale = await signed('POST', eventsPath(), event, { timestamp: Math.floor(Date.now() / 1000) - 700 });
        assert.equal(stale.status, 401);
        assert.match(stale.text, /[Tt]imestamp/);
      });

      it('refuses a body whose MD5 does not match with 401', async () => {
        assert.equal((await signed('POST', eventsPath(), event, { md5: md5Hex('other') })).status, 401);
      });

      it('refuses an unknown key with 401 and an unknown app with 404', async () => {
        assert.equal((await signed('POST', eventsPath(), event, { key: 'someone-else' })).status, 401);
        assert.equal((await signed('POST', '/apps/no-such-app/events', event)).status, 404);
      });

      it('refuses data above 10 KB with 413', async () => {
        await assert.rejects(restClient(endpoint).trigger('c', 'e', 'x'.repeat(10 * 1024 + 1)), (error: { status?: number }) => error.status === 413);
      });

      it('refuses more than 100 channels and more than 10 batch events with 400', async () => {
        const channels = Array.from({ length: 101 }, (_, i) => `c${i}`);
        assert.equal((await signed('POST', eventsPath(), JSON.stringify({ name: 'x', data: '{}', channels }))).status, 400);
        const batch = Array.from({ length: 11 }, () => ({ channel: 'c', name: 'x', data: '{}' }));
        assert.equal((await signed('POST', `/apps/${endpoint.appId}/batch_events`, JSON.stringify({ batch }))).status, 400);
      });

      it('answers malformed JSON bodies with 400, not a crash', async () => {
        assert.equal((await signed('POST', eventsPath(), '{"name":')).status, 400);
      });

      it('lists occupied channels by prefix, and reports an empty channel as not occupied', async () => {
        const prefix = channelName('presence-list');
        await subscribed(pusherJs(endpoint, { authorize: localAuthorizer(endpoint, { user_id: 'z' }) }), `${prefix}-1`);
        const listed = (await (await restClient(endpoint).get({ path: '/channels', params: { filter_by_prefix: prefix, info: 'user_count' } })).json()) as any;
        assert.deepEqual(listed, { channels: { [`${prefix}-1`]: { user_count: 1 } } });
        const empty = (await (await restClient(endpoint).get({ path: `/channels/${prefix}-2` })).json()) as any;
        assert.equal(empty.occupied, false);
      });

      it('refuses to list users of a channel that is not a presence channel (400)', async () => {
        await assert.rejects(restClient(endpoint).get({ path: '/channels/private-x/users' }), (error: { status?: number }) => error.status === 400);
      });
    });

    channelAuthCases(() => target);
  });
}
