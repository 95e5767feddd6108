// Part of the real-time conformance suite (realtime-conformance.ts):
// Client events and user sign-in (§7.7, §7.11).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  channelName,
  localAuthorizer,
  nextEvent,
  pusherJs,
  type RawSocket,
  restClient,
  signedUser,
  subscribed,
} from '../realtime-clients.js';
import { signChannel } from '../../realtime/pusher-signatures.js';
import type { ConformanceContext } from './realtime-conformance.js';

const ten = Array.from({ length: 10 }, (_, i) => i);

export function clientEventCases(ctx: ConformanceContext): void {
  describe('client events (§7.7)', () => {
    const privatePair = async () => {
      const channel = channelName('private');
      const [a, b] = await Promise.all([ctx.raw(), ctx.raw()]);
      for (const s of [a, b]) await s.subscribe(channel, { auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, s.socketId, channel) });
      return { channel, a, b };
    };
    /** A REST marker on `channel`: everything the server sent `socket` before it has arrived once it has. */
    const marker = async (socket: RawSocket, channel: string) => {
      const got = socket.nextNew((f) => f.event === 'marker');
      await restClient(ctx.endpoint).trigger(channel, 'marker', {});
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
      const ana = pusherJs(ctx.endpoint, { authorize: localAuthorizer(ctx.endpoint, { user_id: 'ana' }) });
      const ben = pusherJs(ctx.endpoint, { authorize: localAuthorizer(ctx.endpoint, { user_id: 'ben' }) });
      await subscribed(ana, channel);
      await subscribed(ben, channel);
      const got = nextEvent(ben, channel, 'client-offer');
      ana.channel(channel).trigger('client-offer', { sdp: 'x' });
      const { data, metadata } = await got;
      assert.deepEqual(data, { sdp: 'x' });
      assert.equal(metadata.user_id, 'ana');
    });

    it('refuses client events on a public channel', async () => {
      const socket = await ctx.raw();
      const other = await ctx.raw();
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
      const outsider = await ctx.raw();
      outsider.send({ event: 'client-x', channel, data: {} });
      assert.equal((await outsider.roundTrip())[0]?.event, 'pusher:error');
      await marker(b, channel);
      assert.ok(!b.frames.some((f) => f.event === 'client-x'));
    });

    it('refuses client events on private-encrypted- channels', async () => {
      const socket = await ctx.raw();
      const channel = channelName('private-encrypted');
      await socket.subscribe(channel, { auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, channel) });
      socket.send({ event: 'client-x', channel, data: {} });
      assert.equal((await socket.roundTrip())[0]?.event, 'pusher:error');
    });

    it('drops the 11th client event within a second with pusher:error 4301, without closing', async () => {
      const { channel, a, b } = await privatePair();
      for (const i of [...ten, 10]) a.send({ event: 'client-n', channel, data: { i } });
      const answers = await a.roundTrip();
      assert.deepEqual(
        answers.map((f) => [f.event, f.data.code]),
        [['pusher:error', 4301]],
      );
      await marker(b, channel);
      assert.deepEqual(
        b.frames.filter((f) => f.event === 'client-n').map((f) => f.data.i),
        ten,
      );
      assert.equal(a.ws.readyState, a.ws.OPEN);
    });

    it('drops client event data above 10 KB with pusher:error, and relays 10 KB', async () => {
      const { channel, a, b } = await privatePair();
      a.send({ event: 'client-big', channel, data: 'x'.repeat(10 * 1024 + 1) });
      a.send({ event: 'client-fits', channel, data: 'y'.repeat(10 * 1024 - 2) });
      const answers = await a.roundTrip();
      assert.deepEqual(
        answers.map((f) => f.event),
        ['pusher:error'],
      );
      assert.match(answers[0]!.data.message, /10240 bytes/);
      await marker(b, channel);
      assert.deepEqual(
        b.frames.filter((f) => f.event.startsWith('client-')).map((f) => f.event),
        ['client-fits'],
      );
    });
  });
  describe('user sign-in (§7.11)', () => {
    it('signs in a user and sendToUser reaches every socket of that user', async () => {
      const id = channelName('user');
      const [tab1, tab2] = [pusherJs(ctx.endpoint, { user: { id } }), pusherJs(ctx.endpoint, { user: { id } })];
      const signedIn = (c: typeof tab1) =>
        new Promise<void>((resolve) =>
          c.connection.bind('message', (m: { event: string }) => m.event === 'pusher_internal:subscription_succeeded' && resolve()),
        );
      tab1.signin();
      tab2.signin();
      await Promise.all([signedIn(tab1), signedIn(tab2)]);
      const got = Promise.all([tab1, tab2].map((c) => new Promise<any>((resolve) => c.user.bind('hello', resolve))));
      await restClient(ctx.endpoint).sendToUser(id, 'hello', { to: 'you' });
      assert.deepEqual(await got, [{ to: 'you' }, { to: 'you' }]);
    });

    it('answers a bad sign-in signature with pusher:error 4009 and closes with 4009', async () => {
      const socket = await ctx.raw();
      socket.send({ event: 'pusher:signin', data: { auth: `${ctx.endpoint.key}:bad`, user_data: '{"id":"mallory"}' } });
      assert.equal((await socket.next((f) => f.event === 'pusher:error')).data.code, 4009);
      assert.equal((await socket.closed).code, 4009);
    });

    it('accepts #server-to-user- only for the signed-in user', async () => {
      const socket = await ctx.raw();
      socket.send({ event: 'pusher:signin', data: signedUser(ctx.endpoint, socket.socketId, { id: 'alice' }) });
      const success = await socket.next((f) => f.event === 'pusher:signin_success');
      assert.equal(success.data.user_data, '{"id":"alice"}');
      assert.equal((await socket.subscribe('#server-to-user-alice')).event, 'pusher_internal:subscription_succeeded');
      const other = await socket.subscribe('#server-to-user-bob');
      assert.equal(other.event, 'pusher:subscription_error');
    });

    it('uses the signed-in user on a presence channel whose auth has no channel_data', async () => {
      const socket = await ctx.raw();
      socket.send({
        event: 'pusher:signin',
        data: signedUser(ctx.endpoint, socket.socketId, { id: 'carol', user_info: { name: 'Carol' } }),
      });
      await socket.next((f) => f.event === 'pusher:signin_success');
      const channel = channelName('presence');
      const answer = await socket.subscribe(channel, {
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, channel),
      });
      assert.deepEqual(answer.data.presence.hash, { carol: { name: 'Carol' } });
    });

    it('terminate_connections closes every socket of that user', async () => {
      const socket = await ctx.raw();
      socket.send({ event: 'pusher:signin', data: signedUser(ctx.endpoint, socket.socketId, { id: 'leaver' }) });
      await socket.next((f) => f.event === 'pusher:signin_success');
      await restClient(ctx.endpoint).terminateUserConnections('leaver');
      assert.ok((await socket.closed).code >= 4000);
    });
  });
}
