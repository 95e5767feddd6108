import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase, mentor, person, setBookingLimit, slotAt, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { parseIcs } from '../testing/parse-ics.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { sessionUid } from './session-ics.js';

describe('private calendar feed (N2)', () => {
  let server: TestServer;
  let ana: Person;
  let bob: Person;
  let carla: Person;
  let dan: Person;

  const feedOf = async (who: Person, op: 'GET' | 'POST' | 'DELETE' = 'GET') => {
    const pathname = op === 'POST' ? `${demoBase}/me/calendar-feed/rotate` : `${demoBase}/me/calendar-feed`;
    const r = await server.api(op, pathname, { token: await who.token() });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { url: string | null; createdAt: string | null };
  };
  /** Fetches a feed URL on this server (PUBLIC_URL names the public host). */
  const fetchFeed = (url: string, headers: Record<string, string> = {}) =>
    fetch(url.replace('https://mentors.example', server.url), { headers });
  const eventsOf = async (url: string) => {
    const r = await fetchFeed(url);
    assert.equal(r.status, 200);
    return parseIcs(await r.text()).events;
  };

  before(async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://mentors.example' });
    await setBookingLimit(server, 1000);
    ana = await mentor(server, { timeZone: 'Europe/Madrid' });
    dan = await mentor(server);
    bob = await person(server, uniqueEmail('bob'), 'Bob');
    carla = await person(server, uniqueEmail('carla'), 'Carla');
  });
  after(() => server.stop());

  it('is off until created; the URL is outside the API and needs no sign-in; text/calendar with an ETag and 304', async () => {
    assert.deepEqual(await feedOf(bob), { url: null, createdAt: null });
    assert.equal((await server.api('GET', `${demoBase}/me/calendar-feed`)).status, 401);
    const { url } = await feedOf(bob, 'POST');
    assert.match(url!, /^https:\/\/mentors\.example\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    assert.equal((await feedOf(bob)).url, url, 'the same URL is shown again');
    const first = await fetchFeed(url!);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(first.headers.get('cache-control') ?? '', /private/);
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await fetchFeed(url!, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  it("lists exactly the member's sessions with the emails' UIDs and current SEQUENCE; another token never shows them", async () => {
    const mine = await book(server, bob, ana.id, slotAt(server, 3, 9));
    const theirs = await book(server, carla, dan.id, slotAt(server, 3, 9));
    const declined = await book(server, bob, dan.id, slotAt(server, 4, 9));
    assert.equal(mine.status, 201);
    assert.equal(theirs.status, 201);
    assert.equal((await act(server, dan, declined.body.id, 'decline', { reason: 'No' })).status, 200);
    const bobUrl = (await feedOf(bob, 'POST')).url!;
    const carlaUrl = (await feedOf(carla, 'POST')).url!;
    const anaUrl = (await feedOf(ana, 'POST')).url!;

    let bobEvents = await eventsOf(bobUrl);
    assert.deepEqual(
      bobEvents.map((e) => e.uid),
      [sessionUid(mine.body.id)],
      'a declined request is not listed',
    );
    assert.equal(bobEvents[0]!.sequence, 0);
    assert.equal(bobEvents[0]!.status, 'TENTATIVE');
    assert.deepEqual(
      (await eventsOf(carlaUrl)).map((e) => e.uid),
      [sessionUid(theirs.body.id)],
    );
    const anaEvents = await eventsOf(anaUrl);
    assert.deepEqual(
      anaEvents.map((e) => e.uid),
      [sessionUid(mine.body.id)],
    );
    assert.equal(anaEvents[0]!.tzid, 'Europe/Madrid', "in the member's zone");
    assert.equal(anaEvents[0]!.start.toISOString(), mine.body.start);

    const before = (await fetchFeed(bobUrl)).headers.get('etag');
    await act(server, ana, mine.body.id, 'confirm');
    await server.api('PUT', `${demoBase}/sessions/${mine.body.id}/meeting-link`, {
      token: await ana.token(),
      body: { url: 'https://zoom.us/j/42' },
    });
    const changed = await fetchFeed(bobUrl, { 'if-none-match': before! });
    assert.equal(changed.status, 200, 'a changed session changes the ETag');
    bobEvents = parseIcs(await changed.text()).events;
    assert.equal(bobEvents[0]!.sequence, 2);
    assert.equal(bobEvents[0]!.status, 'CONFIRMED');
    assert.equal(bobEvents[0]!.location, 'https://zoom.us/j/42');

    await act(server, bob, mine.body.id, 'cancel', { reason: 'Sorry' });
    bobEvents = await eventsOf(bobUrl);
    assert.equal(bobEvents[0]!.status, 'CANCELLED');
    assert.equal(bobEvents[0]!.sequence, 3);
  });

  it('rotate and revoke take effect at once; only a hash of the token is stored', async () => {
    const old = (await feedOf(carla, 'POST')).url!;
    assert.equal((await fetchFeed(old)).status, 200);
    const rotated = (await feedOf(carla, 'POST')).url!;
    assert.notEqual(rotated, old);
    assert.equal((await fetchFeed(old)).status, 404);
    assert.equal((await fetchFeed(rotated)).status, 200);
    const token = rotated.match(/(cal_[^.]+)\.ics$/)![1]!;
    // The embedded store appends every write to its file, so the file shows what is stored.
    const stored = await readFile(path.join(server.dataDir, 'db', 'calendar_feeds.db'), 'utf8').catch(() => '');
    if (server.services.storage.kind === 'embedded') {
      assert.ok(stored.length > 0);
      assert.ok(!stored.includes(token) && !stored.includes(token.slice(4)), 'the token itself is not stored');
    }
    assert.deepEqual(await feedOf(carla, 'DELETE'), { url: null, createdAt: null });
    assert.equal((await fetchFeed(rotated)).status, 404);
    assert.equal((await fetchFeed(`${server.url}/calendar/cal_${'A'.repeat(43)}.ics`)).status, 404);
    assert.equal((await fetchFeed(`${server.url}/calendar/not-a-token.ics`)).status, 404);
  });
});
