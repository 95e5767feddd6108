// client.realtime against the real service's built-in endpoint, with the real pusher-js (Node build).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BuiltInRealtime } from '../../server/src/realtime/built-in-realtime.js';
import type { AuthResult } from '@mentorkit/core';
import { startTestServer, type TestServer } from '../../server/src/testing/test-server.js';
import { createClient, memoryStorage, type MentorKitClient, type RealtimeConnectionState } from './index.js';

let server: TestServer;
const clients: MentorKitClient[] = [];
before(async () => {
  server = await startTestServer();
});
after(async () => {
  for (const client of clients) client.realtime.disconnect();
  await server.stop();
});

async function signedIn(email: string): Promise<{ client: MentorKitClient; memberId: string }> {
  const client = createClient({ baseUrl: server.url, community: 'demo', storage: memoryStorage() });
  clients.push(client);
  const result = await server.signIn(email);
  await client.setSession(result as AuthResult);
  return { client, memberId: result.user.member.id };
}

/** Resolves with the first event on `channel` that `accept` takes. */
function nextEvent(client: MentorKitClient, channel: string, accept: (event: string, data: any) => boolean = () => true) {
  return new Promise<{ event: string; data: any; meta: { userId?: string }; stop: () => void }>((resolve) => {
    const stop = client.realtime.subscribe(channel, (event, data, meta) => {
      if (accept(event, data)) resolve({ event, data, meta, stop });
    });
  });
}

const subscribed = (event: string) => event === 'pusher:subscription_succeeded';

describe('client.realtime', () => {
  test("receives what the service publishes on the member's own channel", async () => {
    const { client, memberId } = await signedIn('ana@example.com');
    assert.equal(client.realtime.socketId, null, 'nothing connects before the first subscribe');
    const channel = `private-member-${memberId}`;
    await nextEvent(client, channel, subscribed);
    assert.match(client.realtime.socketId ?? '', /^\d+\.\d+$/);
    const got = nextEvent(client, channel, (event) => event === 'session.updated');
    await server.services.realtime.publish([channel], 'session.updated', { id: 's1', status: 'confirmed' });
    const { data, meta } = await got;
    assert.deepEqual(data, { id: 's1', status: 'confirmed' });
    assert.deepEqual(meta, {});
  });

  test("another member's channel is refused with a subscription error, not a closed socket", async () => {
    const { client } = await signedIn('ben@example.com');
    const { memberId: ana } = await signedIn('ana@example.com');
    const { data } = await nextEvent(client, `private-member-${ana}`, (event) => event === 'pusher:subscription_error');
    assert.equal(data.status, 403);
    assert.equal(data.type, 'AuthError');
  });

  test('reports reconnected:true after a lost connection comes back, and re-subscribes', async () => {
    const { client, memberId } = await signedIn('cruz@example.com');
    const states: Array<[RealtimeConnectionState, boolean]> = [];
    const reconnected = new Promise<void>((resolve) =>
      client.realtime.onConnectionChange((state, info) => {
        states.push([state, info.reconnected]);
        if (state === 'connected' && info.reconnected) resolve();
      }),
    );
    const channel = `private-member-${memberId}`;
    await nextEvent(client, channel, subscribed);
    const firstSocket = client.realtime.socketId;
    const resubscribed = nextEvent(client, channel, subscribed);
    (server.services.realtime as BuiltInRealtime).dropConnections(4200);
    await reconnected;
    await resubscribed;
    assert.notEqual(client.realtime.socketId, firstSocket, 'a reconnect has a new socket id');
    assert.deepEqual(
      states.filter(([s]) => s === 'connected'),
      [
        ['connected', false],
        ['connected', true],
      ],
    );
    const got = nextEvent(client, channel, (event) => event === 'notification.created');
    await server.services.realtime.publish([channel], 'notification.created', { n: 1 });
    assert.deepEqual((await got).data, { n: 1 });
  });

  test('authorizes with a refreshed access token once the old one expired', async () => {
    const { client, memberId } = await signedIn('dana@example.com');
    server.advanceClock(60 * 60 * 1000);
    const { event } = await nextEvent(client, `private-member-${memberId}`, (e) => e.startsWith('pusher:subscription'));
    assert.equal(event, 'pusher:subscription_succeeded');
  });

  test('client events reach the other tab of the same member, never the sender', async () => {
    const a = await signedIn('admin@example.com');
    const b = await signedIn('admin@example.com');
    const channel = `private-member-${a.memberId}`;
    assert.equal(a.client.realtime.trigger(channel, 'client-typing', {}), false, 'false before subscribing');
    await Promise.all([nextEvent(a.client, channel, subscribed), nextEvent(b.client, channel, subscribed)]);
    const echoed: string[] = [];
    a.client.realtime.subscribe(channel, (event) => echoed.push(event));
    const received = nextEvent(b.client, channel, (event) => event === 'client-typing');
    assert.equal(a.client.realtime.trigger(channel, 'client-typing', { draft: true }), true);
    assert.deepEqual((await received).data, { draft: true });
    // The sender's own echo would have arrived before the server's reply to this round trip.
    const roundTrip = nextEvent(a.client, channel, (event) => event === 'marker');
    await server.services.realtime.publish([channel], 'marker', {});
    await roundTrip;
    assert.deepEqual(
      echoed.filter((e) => e === 'client-typing'),
      [],
    );
  });

  test('signing out ends the connection and its subscriptions', async () => {
    const { client, memberId } = await signedIn('ben@example.com');
    await nextEvent(client, `private-member-${memberId}`, subscribed);
    const states: string[] = [];
    client.realtime.onConnectionChange((state) => states.push(state));
    await client.signOut();
    assert.equal(client.realtime.socketId, null);
    assert.deepEqual(states, ['disconnected']);
  });

  test('disconnect closes the socket and forgets subscriptions', async () => {
    const { client, memberId } = await signedIn('ana@example.com');
    await nextEvent(client, `private-member-${memberId}`, subscribed);
    client.realtime.disconnect();
    assert.equal(client.realtime.socketId, null);
  });
});
