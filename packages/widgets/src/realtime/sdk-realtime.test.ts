// client.realtime in Chromium: the unmodified pusher-js (browser build, loaded on first subscribe) over a
// real WebSocket to the service's built-in endpoint.
import { expect } from '@open-wc/testing';
import { createClient, memoryStorage, type MentorKitClient } from '@mentorkit/sdk';
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
    expect((globalThis as { Pusher?: unknown }).Pusher, 'not loaded before subscribing').to.equal(undefined);
    const channel = `private-member-${memberId}`;
    await next(client, channel, 'pusher:subscription_succeeded');
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
    const reconnected = new Promise<void>((resolve) => client.realtime.onConnectionChange((state, info) => state === 'connected' && info.reconnected && resolve()));
    const resubscribed = next(client, channel, 'pusher:subscription_succeeded');
    await dropRealtimeConnections();
    await reconnected;
    await resubscribed;
    const got = next(client, channel, 'notification.created');
    await publishRealtime(channel, 'notification.created', { n: 2 });
    expect((await got).data).to.deep.equal({ n: 2 });
  });
});
