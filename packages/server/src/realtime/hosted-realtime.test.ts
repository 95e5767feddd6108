// The conformance suite through the hosted adapter: service A publishes and signs with the official
// `pusher` SDK configured by PUSHER_* (as for hosted Pusher), pointed at a second MentorKit server's
// built-in endpoint — a real Pusher-protocol server that A reaches only through the public protocol.
import { startTestServer } from '../testing/test-server.js';
import { runRealtimeConformance } from './realtime.case.test.js';

const credentials = { appId: 'hosted-app', key: 'hosted-key-123', secret: 'hosted-secret-0123456789abc' };

runRealtimeConformance('hosted adapter (pusher SDK → a second server\'s endpoint)', async () => {
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
