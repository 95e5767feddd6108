// What only the built-in endpoint decides (its configuration and its life cycle): idle sockets closed with
// 4201, capacity refused with 4100, graceful shutdown with 4200 and pusher-js reconnecting at once to the
// restarted service. The protocol itself is in the shared conformance suite (testing/realtime-conformance/).
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { connected, disconnectAll, pusherJs, RawSocket, subscribed, type Endpoint } from '../testing/realtime-clients.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const credentials = { appId: 'endpoint-app', key: 'endpoint-key-1', secret: 'endpoint-secret-0123456789' };
const env = {
  MENTORKIT_REALTIME_APP_ID: credentials.appId,
  MENTORKIT_REALTIME_KEY: credentials.key,
  MENTORKIT_REALTIME_SECRET: credentials.secret,
};
const endpointOf = (server: { port: number }): Endpoint => ({ host: '127.0.0.1', port: server.port, ...credentials });

describe('built-in endpoint: life cycle and limits', () => {
  const servers: TestServer[] = [];
  afterEach(() => disconnectAll());
  after(async () => {
    for (const server of servers) await server.stop();
  });

  it('pings a silent socket after activity_timeout and closes it with 4201 when no pong comes', async () => {
    const server = await startTestServer({ ...env, MENTORKIT_REALTIME_ACTIVITY_TIMEOUT: '1' });
    servers.push(server);
    const socket = await RawSocket.connect(endpointOf(server));
    assert.equal(socket.frames[0]!.data.activity_timeout, 1);
    await socket.next((f) => f.event === 'pusher:ping');
    assert.equal((await socket.closed).code, 4201);
  });

  it('keeps a socket that answers pings (pusher-js) past several activity timeouts', async () => {
    const server = await startTestServer({ ...env, MENTORKIT_REALTIME_ACTIVITY_TIMEOUT: '1' });
    servers.push(server);
    const watcher = await RawSocket.connect(endpointOf(server));
    const client = pusherJs(endpointOf(server));
    const socketId = await connected(client);
    // The raw watcher never answers: when it is closed for silence (4201), pusher-js has lived through the same idle time.
    await watcher.closed;
    assert.equal(client.connection.state, 'connected');
    assert.equal(client.connection.socket_id, socketId);
  });

  it('refuses connections over MENTORKIT_REALTIME_MAX_CONNECTIONS with 4100 (pusher-js retries)', async () => {
    const server = await startTestServer({ ...env, MENTORKIT_REALTIME_MAX_CONNECTIONS: '2' });
    servers.push(server);
    await RawSocket.connect(endpointOf(server));
    await RawSocket.connect(endpointOf(server));
    const third = await RawSocket.open(endpointOf(server));
    assert.equal((await third.next((f) => f.event === 'pusher:error')).data.code, 4100);
    assert.equal((await third.closed).code, 4100);
  });

  it('closes sockets with 4200 on graceful shutdown; pusher-js reconnects to the restarted service and re-subscribes', async () => {
    const first = await startTestServer(env);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: String(first.port),
      MENTORKIT_DATA_DIR: first.dataDir,
      LOG_LEVEL: 'silent',
      ...env,
    });
    const watcher = await RawSocket.connect(endpointOf(first));
    const client = pusherJs(endpointOf(first));
    await subscribed(client, 'news');
    const before = client.connection.socket_id;
    const back = new Promise<void>((resolve) => client.connection.bind('connected', () => resolve()));
    const resubscribed = new Promise<void>((resolve) => client.channel('news').bind('pusher:subscription_succeeded', () => resolve()));
    await first.close();
    assert.equal((await watcher.closed).code, 4200);
    const second = await startServer(config);
    try {
      await back;
      await resubscribed;
      assert.notEqual(client.connection.socket_id, before);
      client.disconnect();
    } finally {
      await second.close();
      await first.stop();
    }
  });
});
