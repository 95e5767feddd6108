// The conformance suite through the hosted adapter: service A publishes and signs with the official
// `pusher` SDK configured by PUSHER_* (as for hosted Pusher), pointed at a second MentorKit server's
// built-in endpoint — a real Pusher-protocol server that A reaches only through the public protocol.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { startTestServer } from '../testing/test-server.js';
import { HostedRealtime } from './hosted-realtime.js';
import { runRealtimeConformance } from '../testing/realtime-conformance/realtime-conformance.js';

const credentials = { appId: 'hosted-app', key: 'hosted-key-123', secret: 'hosted-secret-0123456789abc' };

runRealtimeConformance("hosted adapter (pusher SDK → a second server's endpoint)", async () => {
  const pusherServer = await startTestServer({
    MENTORKIT_REALTIME_APP_ID: credentials.appId,
    MENTORKIT_REALTIME_KEY: credentials.key,
    MENTORKIT_REALTIME_SECRET: credentials.secret,
  });
  const service = await startTestServer({
    PUSHER_APP_ID: credentials.appId,
    PUSHER_KEY: credentials.key,
    PUSHER_SECRET: credentials.secret,
    PUSHER_HOST: '127.0.0.1',
    PUSHER_PORT: String(pusherServer.port),
    PUSHER_USE_TLS: 'false',
  });
  return {
    service,
    endpoint: { host: '127.0.0.1', port: pusherServer.port, ...credentials },
    async stop() {
      await service.stop();
      await pusherServer.stop();
    },
  };
});

describe('hosted adapter when the Pusher server is unreachable', () => {
  it('resolves publish (the change that caused it must not fail) and logs the failure', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    const warnings: unknown[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
    const realtime = new HostedRealtime({ ...credentials, cluster: 'mt1', host: '127.0.0.1', port, useTLS: false }, logger);
    await realtime.publish(['private-member-x'], 'session.updated', { id: 's' });
    assert.equal(warnings.length, 1);
    assert.match(JSON.stringify(warnings[0]), /real-time publish failed/);
  });
});
