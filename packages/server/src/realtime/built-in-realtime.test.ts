// The conformance suite against the built-in endpoint: clients connect to the service itself.
import { startTestServer } from '../testing/test-server.js';
import { runRealtimeConformance } from '../testing/realtime-conformance/realtime-conformance.js';

const credentials = { appId: 'conformance-app', key: 'conformance-key-1', secret: 'conformance-secret-0123456789' };

runRealtimeConformance('built-in endpoint', async () => {
  const service = await startTestServer({
    MENTORKIT_REALTIME_APP_ID: credentials.appId,
    MENTORKIT_REALTIME_KEY: credentials.key,
    MENTORKIT_REALTIME_SECRET: credentials.secret,
  });
  return { service, endpoint: { host: '127.0.0.1', port: service.port, ...credentials }, stop: () => service.stop() };
});
