// Part of the real-time conformance suite (realtime-conformance.ts):
// Private and presence channels: signatures, presence per user (§7.3, §7.4, §7.6, §7.8).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { channelName, localAuthorizer, nextEvent, pusherJs, recorder, restClient, subscribed } from '../realtime-clients.js';
import { signChannel } from '../../realtime/pusher-signatures.js';
import type { ConformanceContext } from './realtime-conformance.js';

export function subscriptionCases(ctx: ConformanceContext): void {
  describe('private channels (§7.8)', () => {
    it('subscribes with a valid signature', async () => {
      assert.deepEqual(await subscribed(pusherJs(ctx.endpoint), channelName('private')), {});
    });

    it('refuses a bad signature per channel (AuthError 401) and keeps the socket and its other channels', async () => {
      const socket = await ctx.raw();
      const good = channelName('private');
      await socket.subscribe(good, { auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, good) });
      const bad = channelName('private');
      const answer = await socket.subscribe(bad, { auth: `${ctx.endpoint.key}:${'0'.repeat(64)}` });
      assert.equal(answer.event, 'pusher:subscription_error');
      assert.equal(answer.data.type, 'AuthError');
      assert.equal(answer.data.status, 401);
      const got = socket.nextNew((f) => f.event === 'still-here');
      await restClient(ctx.endpoint).trigger(good, 'still-here', {});
      assert.equal((await got).channel, good);
    });

    it('refuses a signature made for another socket', async () => {
      const socket = await ctx.raw();
      const channel = channelName('private');
      const answer = await socket.subscribe(channel, { auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, '1234.5678', channel) });
      assert.equal(answer.event, 'pusher:subscription_error');
    });

    it('authorizes private-encrypted- channels like private ones and relays data untouched', async () => {
      const socket = await ctx.raw();
      const channel = channelName('private-encrypted');
      const answer = await socket.subscribe(channel, {
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, channel),
      });
      assert.equal(answer.event, 'pusher_internal:subscription_succeeded');
      const got = socket.nextNew((f) => f.event === 'sealed');
      // The SDK encrypts itself (it needs a master key); the server's part is to relay the string untouched.
      const body = JSON.stringify({ name: 'sealed', channel, data: '{"nonce":"abc","ciphertext":"def"}' });
      assert.equal((await ctx.signed('POST', `/apps/${ctx.endpoint.appId}/events`, body)).status, 200);
      assert.equal((await got).rawData, '{"nonce":"abc","ciphertext":"def"}');
    });
  });
  describe('presence (§7.3, §7.4, §7.6)', () => {
    const presenceClient = (userId: string | number, info?: unknown) =>
      pusherJs(ctx.endpoint, {
        authorize: localAuthorizer(ctx.endpoint, info === undefined ? { user_id: userId } : { user_id: userId, user_info: info }),
      });

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
      assert.deepEqual(
        seenByAna.map((s) => s.event),
        ['pusher:member_added'],
      );
      assert.ok(!seenByBen.some((s) => s.event === 'pusher:member_added'));
    });

    it('counts a user with two sockets once: member_added on the first, member_removed on the last (§7.4)', async () => {
      const channel = channelName('presence');
      const watcher = await ctx.raw();
      const watch = (data: string) => ({
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, watcher.socketId, channel, data),
        channel_data: data,
      });
      await watcher.subscribe(channel, watch('{"user_id":"watcher"}'));
      const tab1 = presenceClient('ana');
      const tab2 = presenceClient('ana');
      await subscribed(tab1, channel);
      const second = await subscribed(tab2, channel);
      assert.equal(second.count, 2, 'watcher and ana');
      tab1.disconnect();
      const users = async () =>
        (await (await restClient(ctx.endpoint).get({ path: `/channels/${channel}/users` })).json()) as { users: { id: string }[] };
      // The marker proves the first tab's close was handled before we look.
      await watcher.roundTrip();
      tab2.disconnect();
      await watcher.next((f) => f.event === 'pusher_internal:member_removed');
      const events = watcher.frames.filter((f) => f.channel === channel && f.event.startsWith('pusher_internal:member'));
      assert.deepEqual(
        events.map((f) => [f.event, f.data.user_id]),
        [
          ['pusher_internal:member_added', 'ana'],
          ['pusher_internal:member_removed', 'ana'],
        ],
      );
      assert.deepEqual((await users()).users, [{ id: 'watcher' }]);
    });

    it('signs the exact channel_data string (whitespace kept); a changed channel_data is refused', async () => {
      const socket = await ctx.raw();
      const channel = channelName('presence');
      const data = '{ "user_id" : "spaced",  "user_info": {"name":"S"} }';
      const good = await socket.subscribe(channel, {
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, channel, data),
        channel_data: data,
      });
      assert.equal(good.event, 'pusher_internal:subscription_succeeded');
      assert.deepEqual(good.data.presence.hash, { spaced: { name: 'S' } });
      const other = channelName('presence');
      const forged = await socket.subscribe(other, {
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, other, '{"user_id":"a"}'),
        channel_data: '{"user_id":"admin"}',
      });
      assert.equal(forged.event, 'pusher:subscription_error');
    });

    it('keys a numeric user_id as a string and gives null user_info when absent', async () => {
      const socket = await ctx.raw();
      const channel = channelName('presence');
      const data = '{"user_id":42}';
      const answer = await socket.subscribe(channel, {
        auth: signChannel(ctx.endpoint.key, ctx.endpoint.secret, socket.socketId, channel, data),
        channel_data: data,
      });
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
      const rest = restClient(ctx.endpoint);
      assert.deepEqual(await (await rest.get({ path: `/channels/${channel}`, params: { info: 'user_count' } })).json(), {
        occupied: true,
        user_count: 2,
      });
      const users = (await (await rest.get({ path: `/channels/${channel}/users` })).json()) as { users: { id: string }[] };
      assert.deepEqual(users.users.map((u) => u.id).sort(), ['u1', 'u2']);
    });
  });
}
