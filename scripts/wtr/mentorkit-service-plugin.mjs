// A @web/test-runner plugin that runs the REAL MentorKit service for the widget tests (fresh data
// directory, seeded demo community) and serves a few test-only helpers from the test runner's own
// dev server — never from the product service:
//   GET /__mentorkit-test/config                    → { baseUrl, community }
//   GET /__mentorkit-test/code?email=               → { code, magicToken } from the outbox
//   GET /__mentorkit-test/identity-token?email=&name=&membershipType= → { token } (HS256, community secret)
//   GET /__mentorkit-test/mentor?email=&name=&profile=<json> → { mentorId } an approved mentor
//   GET /__mentorkit-test/admin?email=&name=        → a community admin (imported with isAdmin)
//   GET /__mentorkit-test/advance-clock?ms=         → moves the service clock
//   GET /__mentorkit-test/drop-sockets?code=4100    → closes every real-time connection with that code
//                                                     (4100: pusher-js retries after 1 s — a dropped network)
//   GET /__mentorkit-test/socket-count              → { count } open real-time connections
//   GET /__mentorkit-test/realtime-publish?channel=&event=&data=<json> → the service publishes one event
//   GET /__mentorkit-test/realtime-drop             → the built-in endpoint drops every socket (4200)
// It also answers `/mentorkit/mentorkit.js` and `/mentorkit/cdn/<element>.js` — the addresses the example
// site's pages load the CDN bundle and the per-element entries from — with their sources and the service as its default `apiBase`, so a test can open
// `/examples/site/*.html` unchanged, exactly as a site owner wrote it (attribute-only configuration).
import { tsImport } from 'tsx/esm/api';

const PREFIX = '/__mentorkit-test/';

/** Signs a host identity token the way a community's backend would (SPEC C4). */
async function identityToken(secretKey, claims) {
  const { SignJWT } = await import('jose');
  const { randomUUID } = await import('node:crypto');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('demo')
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secretKey));
}

export function mentorkitServicePlugin() {
  let server;
  let sdk;

  /** Creates (or reuses) an approved mentor through the public API: import, identity sign-in, apply, approve. */
  async function createMentor(params) {
    const email = params.get('email');
    const name = params.get('name') ?? email;
    const profile = JSON.parse(params.get('profile') ?? '{}');
    const admin = sdk.createClient({ baseUrl: server.url, community: 'demo', secretKey: server.secretKey, storage: sdk.memoryStorage() });
    await admin.importMembers({ members: [{ email, name, membershipType: 'Mentor' }] });
    const member = sdk.createClient({ baseUrl: server.url, community: 'demo', storage: sdk.memoryStorage() });
    await member.exchangeIdentityToken({ token: await identityToken(server.secretKey, { email, name }) });
    const created = await member.applyAsMentor({
      bio: 'A mentor created by the widget tests.',
      expertise: ['Testing'],
      languages: ['en'],
      timeZone: 'Europe/Madrid',
      ...profile,
    });
    await admin.approveMentor({ mentorId: created.id });
    if (params.get('availability') !== 'none') {
      const days = [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: '08:00', end: '20:00' }));
      await member.setMyAvailability({ availability: { timeZone: profile.timeZone ?? 'Europe/Madrid', weekly: days } });
    }
    return { mentorId: created.id };
  }

  const handlers = {
    config: async () => ({ baseUrl: server.url, community: 'demo' }),
    code: async (params) => server.codeFor(params.get('email')),
    'identity-token': async (params) => ({
      token: await identityToken(server.secretKey, {
        email: params.get('email'),
        name: params.get('name') ?? params.get('email'),
        ...(params.get('membershipType') ? { membershipType: params.get('membershipType') } : {}),
      }),
    }),
    mentor: createMentor,
    'drop-sockets': async (params) => {
      server.services.realtime.dropConnections(Number(params.get('code') ?? 4100));
      return { ok: true };
    },
    'socket-count': async () => ({ count: server.services.realtime.connectionCount }),
    // A fresh community admin (roster import with the secret key), so tests need not share admin@example.com
    // and its per-email sign-in budget.
    admin: async (params) => {
      const admin = sdk.createClient({ baseUrl: server.url, community: 'demo', secretKey: server.secretKey, storage: sdk.memoryStorage() });
      await admin.importMembers({
        members: [{ email: params.get('email'), name: params.get('name') ?? params.get('email'), membershipType: 'Staff', isAdmin: true }],
      });
      return { ok: true };
    },
    'realtime-publish': async (params) => {
      await server.services.realtime.publish([params.get('channel')], params.get('event'), JSON.parse(params.get('data') ?? 'null'));
      return { ok: true };
    },
    'realtime-drop': async () => {
      server.services.realtime.dropConnections(4200);
      return { ok: true };
    },
    'advance-clock': async (params) => {
      server.advanceClock(Number(params.get('ms')));
      return { ok: true };
    },
  };

  return {
    name: 'mentorkit-service',
    async serverStart() {
      const { startTestServer } = await tsImport('../../packages/server/src/testing/test-server.ts', import.meta.url);
      sdk = await tsImport('../../packages/sdk/src/index.ts', import.meta.url);
      server = await startTestServer();
    },
    async serverStop() {
      await server?.stop();
    },
    async serve(context) {
      const element = context.path.match(/^\/mentorkit\/cdn\/(mentor-[a-z-]+)\.js$/)?.[1];
      if (context.path === '/mentorkit/mentorkit.js' || element) {
        const source = element ? `/packages/widgets/src/components/${element}/${element}.ts` : '/packages/widgets/src/mentorkit.ts';
        // Module evaluation finishes before any element renders, so the default is in place in time.
        const body = `import '${source}';
import { setDefaultApiBase } from '/packages/widgets/src/base/config.ts';
setDefaultApiBase(${JSON.stringify(server.url)});`;
        return { body, type: 'js' };
      }
      if (!context.path.startsWith(PREFIX)) return undefined;
      const handler = handlers[context.path.slice(PREFIX.length)];
      if (!handler) return { body: JSON.stringify({ error: 'unknown test helper' }), type: 'json' };
      try {
        return { body: JSON.stringify(await handler(new URLSearchParams(context.querystring))), type: 'json' };
      } catch (error) {
        context.status = 500;
        return {
          body: JSON.stringify({ error: String(error?.message ?? error), code: error?.code, details: error?.details }),
          type: 'json',
        };
      }
    },
  };
}
