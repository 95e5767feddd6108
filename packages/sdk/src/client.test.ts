import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../../server/src/testing/test-server.js';
import {
  createClient,
  isAbortError,
  memoryStorage,
  MentorKitApiError,
  storageKey,
  type MentorKitClient,
  type TokenStorage,
} from './index.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

/** A client whose fetch counts the refresh calls it makes (the service itself is real). */
function countingClient(storage: TokenStorage = memoryStorage()) {
  const calls = { refresh: 0 };
  const client = createClient({
    baseUrl: server.url,
    community: 'demo',
    storage,
    fetch: (input, init) => {
      if (String(input).endsWith('/auth/refresh')) calls.refresh++;
      return fetch(input, init);
    },
  });
  return { client, calls };
}

async function signIn(client: MentorKitClient, email: string) {
  await client.requestSignInCode({ email });
  const { code } = await server.codeFor(email);
  return client.verifySignInCode({ email, code });
}

describe('sign-in and session', () => {
  test('signs in with the code from the outbox and reads me', async () => {
    const storage = memoryStorage();
    const { client } = countingClient(storage);
    const seen: (string | null)[] = [];
    client.onAuthChange((user) => seen.push(user?.member.email ?? null));

    const result = await signIn(client, 'ben@example.com');
    assert.equal(result.user.member.email, 'ben@example.com');
    const me = await client.getMe();
    assert.equal(me.member.name, 'Ben Okafor');
    assert.equal(me.home, 'mentorship-hub');
    assert.equal((await client.currentUser())?.member.email, 'ben@example.com');
    assert.ok(await storage.get(storageKey(server.url, 'demo')), 'tokens are stored under the baseUrl+community key');
    assert.deepEqual(seen, ['ben@example.com']);
  });

  test('refreshes an expired access token once, even for parallel calls', async () => {
    const { client, calls } = countingClient();
    const { refreshToken } = await signIn(client, 'cruz@example.com');
    server.advanceClock(16 * 60_000);

    const [a, b, c] = await Promise.all([client.getMe(), client.getMe(), client.listMySessions({ role: 'all' })]);
    assert.equal(a.member.email, 'cruz@example.com');
    assert.equal(b.member.email, 'cruz@example.com');
    assert.ok(Array.isArray(c.items));
    assert.equal(calls.refresh, 1);

    // The old refresh token was rotated: presenting it again is refused (and would revoke the family).
    const other = createClient({ baseUrl: server.url, community: 'demo', storage: memoryStorage() });
    await assert.rejects(other.refreshSession({ refreshToken }), (e: unknown) => e instanceof MentorKitApiError && e.status === 401);
  });

  test('a refused refresh signs out and rethrows the 401', async () => {
    const storage = memoryStorage();
    const { client } = countingClient(storage);
    await signIn(client, 'dana@example.com');
    const changes: unknown[] = [];
    client.onAuthChange((user) => changes.push(user));
    // Revoke the session behind the client's back (as another device signing out would).
    const { refreshToken } = JSON.parse(String(await storage.get(storageKey(server.url, 'demo'))));
    assert.equal((await server.api('POST', '/v1/communities/demo/auth/sign-out', { body: { refreshToken } })).status, 200);

    await assert.rejects(client.getMe(), (e: unknown) => e instanceof MentorKitApiError && e.code === 'INVALID_TOKEN' && e.status === 401);
    assert.deepEqual(changes, [null]);
    assert.equal(await client.currentUser(), null);
  });

  test('operations without input never serialize call options, and their signal aborts', async () => {
    const urls: string[] = [];
    const c = createClient({
      baseUrl: server.url,
      community: 'demo',
      storage: memoryStorage(),
      fetch: (input, init) => (urls.push(String(input)), fetch(input, init)),
    });
    await signIn(c, 'ana@example.com');
    urls.length = 0;
    const live = new AbortController();
    // (In this suite: the rate-limit test below exhausts sign-in codes.) A plain-JavaScript caller passing the options as the input (the types refuse it).
    const availability = await c.getMyAvailability({ signal: live.signal } as never);
    assert.ok(availability.bookingRules.durations.length > 0);
    await c.getMyAvailability(undefined, { signal: live.signal });
    assert.equal(urls.length, 2);
    for (const url of urls) assert.ok(!url.includes('?'), `no query string in ${url}`);

    const aborted = new AbortController();
    aborted.abort();
    for (const run of [
      () => c.getMyAvailability({ signal: aborted.signal } as never),
      () => c.getMyMentorProfile(undefined, { signal: aborted.signal }),
    ]) {
      const error = await run().catch((e: unknown) => e);
      assert.ok(isAbortError(error), `expected AbortError, got ${String(error)}`);
    }
  });

  test('signOut revokes the refresh token on the service', async () => {
    const storage = memoryStorage();
    const { client } = countingClient(storage);
    const { refreshToken } = await signIn(client, 'admin@example.com');
    await client.signOut();
    assert.equal(await storage.get(storageKey(server.url, 'demo')), null);
    const refused = await server.api('POST', '/v1/communities/demo/auth/refresh', { body: { refreshToken } });
    assert.equal(refused.status, 401);
  });
});

describe('errors and aborts', () => {
  const client = () => createClient({ baseUrl: server.url, community: 'demo', storage: memoryStorage() });

  test('validation errors carry code, status and field errors', async () => {
    const error = await client()
      .requestSignInCode({ email: 'not-an-email' })
      .catch((e: unknown) => e);
    assert.ok(error instanceof MentorKitApiError);
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.equal(error.status, 400);
    assert.match(error.fieldErrors.email ?? '', /email/i);
  });

  test('not found and unauthenticated are typed', async () => {
    await assert.rejects(client().getMentor({ mentorId: 'nobody-here-123' }), {
      name: 'MentorKitApiError',
      code: 'MENTOR_NOT_FOUND',
      status: 404,
    });
    await assert.rejects(client().getMe(), { code: 'UNAUTHENTICATED', status: 401 });
    const otherCommunity = createClient({ baseUrl: server.url, community: 'no-such-community', storage: memoryStorage() });
    await assert.rejects(otherCommunity.getCommunity(), { code: 'COMMUNITY_NOT_FOUND', status: 404 });
  });

  test('rate limiting reports retryAfter', async () => {
    const c = client();
    let error: unknown;
    for (let i = 0; i < 10 && !error; i++) {
      error = await c.requestSignInCode({ email: 'limit@example.com' }).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    assert.ok(error instanceof MentorKitApiError);
    assert.equal(error.code, 'RATE_LIMITED');
    assert.equal(error.status, 429);
    assert.ok((error.retryAfter ?? 0) > 0);
  });

  test('an aborted call rejects with AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await client()
      .listMentors({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    assert.ok(isAbortError(error), `expected AbortError, got ${String(error)}`);
  });

  test('an unreachable service is a NETWORK_ERROR', async () => {
    const offline = createClient({ baseUrl: 'http://127.0.0.1:9', community: 'demo', storage: memoryStorage() });
    await assert.rejects(offline.getCommunity(), { code: 'NETWORK_ERROR', status: 0 });
  });
});

describe('operations', () => {
  test('fills path parameters and query strings', async () => {
    const c = createClient({ baseUrl: server.url + '/', community: 'demo', storage: memoryStorage() });
    const page = await c.listMentors({ q: 'jose', limit: 5 });
    assert.ok(page.items.some((m) => m.displayName === 'José Martínez'));
    const first = page.items[0]!;
    const mentor = await c.getMentor({ mentorId: first.id });
    assert.equal(mentor.mentor.id, first.id);
    const slots = await c.listMentorSlots({ mentorId: first.id, timeZone: 'Asia/Tokyo' });
    assert.equal(slots.timeZone, 'Asia/Tokyo');
  });

  test('admin operations use the secret key when no member is signed in', async () => {
    const admin = createClient({ baseUrl: server.url, community: 'demo', secretKey: server.secretKey, storage: memoryStorage() });
    const members = await admin.listMembers({ q: 'ben' });
    assert.deepEqual(
      members.items.map((m) => m.email),
      ['ben@example.com'],
    );
  });
});
