// Part of the real-time conformance suite (realtime-conformance.ts):
// The handshake and malformed input (pusher-protocol.md §2, §7.1): answered, never a crash.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { channelName, connected, pusherJs, RawSocket } from '../realtime-clients.js';
import type { ConformanceContext } from './realtime-conformance.js';

export function connectionCases(ctx: ConformanceContext): void {
  describe('handshake (§7.1)', () => {
    it('sends connection_established at once: data is a JSON string with a socket id and a non-zero activity timeout', async () => {
      const socket = await RawSocket.open(ctx.endpoint);
      ctx.track(socket);
      const frame = await socket.next((f) => f.event === 'pusher:connection_established');
      assert.equal(typeof frame.rawData, 'string');
      assert.match(frame.data.socket_id, /^\d+\.\d+$/);
      assert.ok(frame.data.activity_timeout > 0);
    });

    it('gives every connection a new socket id', async () => {
      const [a, b] = await Promise.all([ctx.raw(), ctx.raw()]);
      assert.notEqual(a.socketId, b.socketId);
    });

    it('refuses an unknown app key with pusher:error 4001 and close 4001', async () => {
      const socket = await RawSocket.open(ctx.endpoint, '/app/no-such-key?protocol=7');
      const error = await socket.next((f) => f.event === 'pusher:error');
      assert.equal(error.data.code, 4001);
      assert.equal((await socket.closed).code, 4001);
    });

    it('refuses malformed or long non-ASCII keys with 4001, and keeps serving', async () => {
      for (const key of ['%E0%A4%A', encodeURIComponent('é'.repeat(80))]) {
        const socket = await RawSocket.open(ctx.endpoint, `/app/${key}?protocol=7`);
        assert.equal((await socket.next((f) => f.event === 'pusher:error')).data.code, 4001);
        assert.equal((await socket.closed).code, 4001);
      }
      assert.ok(await (await ctx.raw()).roundTrip());
    });

    it('refuses a connection without a protocol version with 4008', async () => {
      const socket = await RawSocket.open(ctx.endpoint, `/app/${ctx.endpoint.key}`);
      assert.equal((await socket.next((f) => f.event === 'pusher:error')).data.code, 4008);
      assert.equal((await socket.closed).code, 4008);
    });

    it('refuses an unsupported protocol version with 4007', async () => {
      const socket = await RawSocket.open(ctx.endpoint, `/app/${ctx.endpoint.key}?protocol=2`);
      assert.equal((await socket.closed).code, 4007);
    });

    it('pusher-js gives up for good on an unknown key (4001 is in the 4000–4099 range)', async () => {
      const client = pusherJs(ctx.endpoint, { key: 'unknown-key-123' });
      const error = await new Promise<any>((resolve) => client.connection.bind('error', resolve));
      assert.equal(error.data?.code ?? error.error?.data?.code, 4001);
    });

    it('refuses WebSocket upgrades on other paths', async () => {
      await assert.rejects(RawSocket.open(ctx.endpoint, '/not-pusher?protocol=7'), /Unexpected server response: 404/);
    });

    it('answers pusher:ping with pusher:pong whose data is "{}"', async () => {
      const socket = await ctx.raw();
      socket.send({ event: 'pusher:ping', data: {} });
      const pong = await socket.next((f) => f.event === 'pusher:pong');
      assert.equal(pong.rawData, '{}');
    });

    it('connects the unmodified pusher-js', async () => {
      assert.match(await connected(pusherJs(ctx.endpoint)), /^\d+\.\d+$/);
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
        const socket = await ctx.raw();
        socket.send(message);
        const answers = await socket.roundTrip();
        assert.equal(answers.length, 1, JSON.stringify(answers));
        assert.equal(answers[0]!.event, 'pusher:error');
        assert.equal(typeof answers[0]!.data.message, 'string');
      });
    }

    it('closes a frame above the size limit with 1009, and keeps serving others', async () => {
      const socket = await ctx.raw();
      socket.send(JSON.stringify({ event: 'client-big', channel: 'private-x', data: 'x'.repeat(200 * 1024) }));
      assert.equal((await socket.closed).code, 1009);
      assert.ok(await (await ctx.raw()).roundTrip());
    });

    it('accepts subscribe data sent as a JSON string as well as an object', async () => {
      const socket = await ctx.raw();
      const channel = channelName('public');
      const answer = socket.nextNew((f) => f.channel === channel);
      socket.send({ event: 'pusher:subscribe', data: JSON.stringify({ channel }) });
      assert.equal((await answer).event, 'pusher_internal:subscription_succeeded');
    });

    it('refuses an invalid channel name per channel (subscription_error 400), without closing', async () => {
      const socket = await ctx.raw();
      const answer = await socket.subscribe('bad channel name!');
      assert.equal(answer.event, 'pusher:subscription_error');
      assert.equal(answer.data.status, 400);
      assert.deepEqual(await socket.roundTrip(), []);
    });
  });
}
