// client.realtime in Chromium — the SDK's WebSocket-only build of pusher-js's core (packages/sdk/src/vendor/
// pusher-ws.ts, loaded on first subscribe) — and the unmodified pusher-js browser build, each over a real
// WebSocket to the service's built-in endpoint.
import { expect } from '@open-wc/testing';
import { createClient, memoryStorage, pusherOptions, type MentorKitClient } from '@mentorkit/sdk';
import { dropRealtimeConnections, identityTokenFor, publishRealtime, uniqueEmail, useTestService } from '../testing/test-service.js';

async function memberClient(email = uniqueEmail('live')): Promise<{ client: MentorKitClient; memberId: string }> {
  const { baseUrl, community } = await useTestService();
  const client = createClient({ baseUrl, community, storage: memoryStorage() });
  const result = await client.exchangeIdentityToken({ token: await identityTokenFor(email, 'Live Member') });
  return { client, memberId: result.user.member.id };
}

/**
 * The next `wanted` event on `channel`. The handler stays subscribed (until the test's disconnect): leaving
 * the channel in between would miss events published while it re-subscribes.
 */
function next(client: MentorKitClient, channel: string, wanted: string): Promise<{ data: any; meta: { userId?: string } }> {
  return new Promise((resolve) => {
    client.realtime.subscribe(channel, (event, data, meta) => {
      if (event === wanted) resolve({ data, meta });
    });
  });
}

describe('client.realtime in the browser', () => {
  const clients: MentorKitClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.realtime.disconnect();
  });

  it('loads pusher-js only on the first subscribe and receives what the service publishes', async () => {
    const { client, memberId } = await memberClient();
    clients.push(client);
    const pusherLoads = () => performance.getEntriesByType('resource').filter((entry) => /vendor\/pusher-ws/.test(entry.name)).length;
    expect(pusherLoads(), 'not loaded before subscribing').to.equal(0);
    const channel = `private-member-${memberId}`;
    await next(client, channel, 'pusher:subscription_succeeded');
    expect(pusherLoads(), 'loaded by the first subscribe').to.equal(1);
    expect(client.realtime.socketId).to.match(/^\d+\.\d+$/);
    const got = next(client, channel, 'session.updated');
    await publishRealtime(channel, 'session.updated', { id: 'abc', status: 'confirmed' });
    expect((await got).data).to.deep.equal({ id: 'abc', status: 'confirmed' });
  });

  it('passes client events between two tabs of one member, not back to the sender', async () => {
    const email = uniqueEmail('tabs');
    const a = await memberClient(email);
    const b = await memberClient(email);
    clients.push(a.client, b.client);
    const channel = `private-member-${a.memberId}`;
    const seenByA: string[] = [];
    a.client.realtime.subscribe(channel, (event) => seenByA.push(event));
    await Promise.all([next(a.client, channel, 'pusher:subscription_succeeded'), next(b.client, channel, 'pusher:subscription_succeeded')]);
    const got = next(b.client, channel, 'client-wave');
    expect(a.client.realtime.trigger(channel, 'client-wave', { hi: 1 })).to.equal(true);
    expect((await got).data).to.deep.equal({ hi: 1 });
    const marker = next(a.client, channel, 'marker');
    await publishRealtime(channel, 'marker', {});
    await marker;
    expect(seenByA).not.to.include('client-wave');
  });

  it('reports reconnected after the socket is dropped, and keeps receiving', async () => {
    const { client, memberId } = await memberClient();
    clients.push(client);
    const channel = `private-member-${memberId}`;
    await next(client, channel, 'pusher:subscription_succeeded');
    const reconnected = new Promise<void>((resolve) =>
      client.realtime.onConnectionChange((state, info) => state === 'connected' && info.reconnected && resolve()),
    );
    const resubscribed = next(client, channel, 'pusher:subscription_succeeded');
    await dropRealtimeConnections();
    await reconnected;
    await resubscribed;
    const got = next(client, channel, 'notification.created');
    await publishRealtime(channel, 'notification.created', { n: 2 });
    expect((await got).data).to.deep.equal({ n: 2 });
  });

  it('the unmodified pusher-js browser build subscribes to a private channel and receives (conformance in Chromium)', async () => {
    const { client, memberId } = await memberClient();
    const { baseUrl } = await useTestService();
    const { realtime } = await client.getCommunity();
    await import('pusher-js/dist/web/pusher.js'); // its UMD file sets `window.Pusher`
    const Pusher = (globalThis as unknown as { Pusher: new (key: string, options: object) => StockPusher }).Pusher;
    const pusher = new Pusher(realtime!.key, {
      ...pusherOptions(realtime!, baseUrl),
      channelAuthorization: {
        customHandler: (
          { socketId, channelName }: { socketId: string; channelName: string },
          callback: (error: unknown, auth: unknown) => void,
        ) =>
          client.authorizeRealtimeChannel({ socket_id: socketId, channel_name: channelName }).then(
            (auth) => callback(null, auth),
            (error) => callback(error, null),
          ),
      },
    });
    try {
      const channel = pusher.subscribe(`private-member-${memberId}`);
      await new Promise((resolve) => channel.bind('pusher:subscription_succeeded', resolve));
      const got = new Promise((resolve) => channel.bind('session.updated', resolve));
      await publishRealtime(`private-member-${memberId}`, 'session.updated', { id: 'stock' });
      expect(await got).to.deep.equal({ id: 'stock' });
    } finally {
      pusher.disconnect();
    }
  });
});

interface StockPusher {
  subscribe(name: string): { bind(event: string, callback: (data: unknown) => void): void };
  disconnect(): void;
}
