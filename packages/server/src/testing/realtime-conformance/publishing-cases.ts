// Part of the real-time conformance suite (realtime-conformance.ts):
// Publishing: REST and the service port, verbatim data, several channels, batches, socket exclusion (§7.2, §7.5, §7.10).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { channelName, nextEvent, pusherJs, recorder, restClient, subscribed } from '../realtime-clients.js';
import type { ConformanceContext } from './realtime-conformance.js';

export function publishingCases(ctx: ConformanceContext): void {
  describe('publishing (§7.2, §7.10)', () => {
    it('puts REST data in the frame verbatim (no double encoding)', async () => {
      const socket = await ctx.raw();
      const channel = channelName('public');
      await socket.subscribe(channel);
      const got = socket.nextNew((f) => f.event === 'news');
      await restClient(ctx.endpoint).trigger(channel, 'news', '{"headline":"hi"}');
      assert.equal((await got).rawData, '{"headline":"hi"}');
    });

    it('delivers what the service publishes to pusher-js as the same object', async () => {
      const client = pusherJs(ctx.endpoint);
      const channel = channelName('private');
      await subscribed(client, channel);
      const got = nextEvent(client, channel, 'session.updated');
      await ctx.target.service.services.realtime.publish([channel], 'session.updated', { id: 's1', n: [1, 2] });
      assert.deepEqual((await got).data, { id: 's1', n: [1, 2] });
    });

    it('triggers one event to several channels', async () => {
      const client = pusherJs(ctx.endpoint);
      const channels = [channelName('a'), channelName('b'), channelName('c')];
      await Promise.all(channels.map((c) => subscribed(client, c)));
      const got = Promise.all(channels.map((c) => nextEvent(client, c, 'multi')));
      await restClient(ctx.endpoint).trigger(channels, 'multi', { ok: true });
      assert.deepEqual(
        (await got).map((g) => g.data),
        [{ ok: true }, { ok: true }, { ok: true }],
      );
    });

    it('delivers a batch (triggerBatch)', async () => {
      const client = pusherJs(ctx.endpoint);
      const [a, b] = [channelName('batch'), channelName('batch')];
      await Promise.all([subscribed(client, a), subscribed(client, b)]);
      const got = Promise.all([nextEvent(client, a, 'one'), nextEvent(client, b, 'two')]);
      await restClient(ctx.endpoint).triggerBatch([
        { channel: a, name: 'one', data: { n: 1 } },
        { channel: b, name: 'two', data: { n: 2 } },
      ]);
      assert.deepEqual(
        (await got).map((g) => g.data),
        [{ n: 1 }, { n: 2 }],
      );
    });

    it('excludes exactly the socket named in socket_id (REST)', async () => {
      const [a, b] = [pusherJs(ctx.endpoint), pusherJs(ctx.endpoint)];
      const channel = channelName('private');
      await Promise.all([subscribed(a, channel), subscribed(b, channel)]);
      const seenByA = recorder(a, channel);
      const gotB = nextEvent(b, channel, 'changed');
      await restClient(ctx.endpoint).trigger(channel, 'changed', { v: 1 }, { socket_id: a.connection.socket_id });
      await gotB;
      const markerA = nextEvent(a, channel, 'marker');
      await restClient(ctx.endpoint).trigger(channel, 'marker', {});
      await markerA;
      assert.deepEqual(
        seenByA.map((s) => s.event),
        ['marker'],
      );
    });

    it('excludes the socket that caused a change when the service publishes with excludeSocketId', async () => {
      const [a, b] = [pusherJs(ctx.endpoint), pusherJs(ctx.endpoint)];
      const channel = channelName('private');
      await Promise.all([subscribed(a, channel), subscribed(b, channel)]);
      const seenByA = recorder(a, channel);
      const gotB = nextEvent(b, channel, 'changed');
      await ctx.target.service.services.realtime.publish([channel], 'changed', {}, { excludeSocketId: a.connection.socket_id });
      await gotB;
      const markerA = nextEvent(a, channel, 'marker');
      await ctx.target.service.services.realtime.publish([channel], 'marker', {});
      await markerA;
      assert.deepEqual(
        seenByA.map((s) => s.event),
        ['marker'],
      );
    });

    it('stops delivering after pusher:unsubscribe', async () => {
      const socket = await ctx.raw();
      const [gone, kept] = [channelName('public'), channelName('public')];
      await socket.subscribe(gone);
      await socket.subscribe(kept);
      socket.send({ event: 'pusher:unsubscribe', data: { channel: gone } });
      await socket.roundTrip();
      const from = socket.frames.length;
      await restClient(ctx.endpoint).trigger(gone, 'late', {});
      await restClient(ctx.endpoint).trigger(kept, 'marker', {});
      await socket.next((f) => f.event === 'marker');
      assert.deepEqual(
        socket.frames.slice(from).map((f) => f.event),
        ['marker'],
      );
    });

    it('does not double-count or double-deliver a channel subscribed twice on one socket (§7.5)', async () => {
      const socket = await ctx.raw();
      const channel = channelName('public');
      await socket.subscribe(channel);
      await socket.subscribe(channel);
      const info = await restClient(ctx.endpoint).get({ path: `/channels/${channel}`, params: { info: 'subscription_count' } });
      assert.deepEqual(await info.json(), { occupied: true, subscription_count: 1 });
      const from = socket.frames.length;
      await restClient(ctx.endpoint).trigger(channel, 'once', {});
      await socket.next((f) => f.event === 'once');
      await socket.roundTrip();
      assert.equal(socket.frames.slice(from).filter((f) => f.event === 'once').length, 1);
    });
  });
}
