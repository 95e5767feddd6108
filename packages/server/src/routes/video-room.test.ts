import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createCommunity } from '../services/community-service.js';
import {
  act,
  book,
  demoBase as base,
  mentor,
  person,
  setBookingLimit,
  slotAt,
  uniqueEmail,
  type Person,
} from '../testing/booking-fixtures.js';
import { signIdentityToken } from '../testing/identity-token.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MINUTE = 60_000;

describe('getSessionRoom (SPEC V1, V3, S9)', () => {
  let server: TestServer;
  let ana: Person; // mentor
  let ben: Person; // mentee
  let eve: Person; // a member of the community who is not in the session
  const turnSecret = 'a-coturn-static-auth-secret';
  before(async () => {
    server = await startTestServer({
      STUN_URLS: 'stun:stun.example.org:3478',
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349',
      TURN_SECRET: turnSecret,
      TURN_TTL_SECONDS: '7200',
    });
    await setBookingLimit(server, 1000);
    ana = await mentor(server);
    ben = await person(server, uniqueEmail('ben'), 'Ben Mentee');
    eve = await person(server, uniqueEmail('eve'), 'Eve Outsider');
  });
  after(() => server.stop());

  let day = 2;
  async function session(confirm = true): Promise<{ id: string; start: string; end: string }> {
    const r = await book(server, ben, ana.id, slotAt(server, day++, 10), 60);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    if (confirm) assert.equal((await act(server, ana, r.body.id, 'confirm')).status, 200);
    return r.body;
  }
  /** Runs `fn` with the service's clock at `at`, then puts the clock back. */
  async function at<T>(instant: number, fn: () => Promise<T>): Promise<T> {
    const offset = instant - server.services.now().getTime();
    server.advanceClock(offset);
    try {
      return await fn();
    } finally {
      server.advanceClock(-offset);
    }
  }
  const room = async (who: Person, id: string) => server.api('GET', `${base}/sessions/${id}/room`, { token: await who.token() });

  it('gives each participant the channels, the other side, the window and ICE servers with fresh TURN credentials', async () => {
    const s = await session();
    const start = Date.parse(s.start);
    const r = await at(start - 10 * MINUTE, () => room(ben, s.id));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.channels, { signaling: `private-session-${s.id}`, presence: `presence-session-${s.id}` });
    assert.deepEqual(r.body.self, { id: ben.id, name: 'Ben Mentee', side: 'mentee' });
    assert.deepEqual(r.body.other, { id: ana.id, name: 'Mentor Person', side: 'mentor' });
    assert.equal(r.body.joinOpensAt, new Date(start - 10 * MINUTE).toISOString());
    assert.equal(r.body.joinClosesAt, new Date(Date.parse(s.end) + 15 * MINUTE).toISOString());
    const [stun, turn] = r.body.iceServers;
    assert.deepEqual(stun, { urls: ['stun:stun.example.org:3478'] });
    assert.deepEqual(turn.urls, ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349']);
    const [expiry, memberId] = turn.username.split(':');
    assert.equal(memberId, ben.id);
    assert.ok(Math.abs(Number(expiry) - (start - 10 * MINUTE + 7200_000) / 1000) < 60, turn.username);
    assert.equal(turn.credential, createHmac('sha1', turnSecret).update(turn.username).digest('base64'));
    assert.equal(r.body.iceServersExpireAt, new Date(Number(expiry) * 1000).toISOString());

    const mentorSide = await at(Date.parse(s.end) + 14 * MINUTE, () => room(ana, s.id));
    assert.equal(mentorSide.status, 200, JSON.stringify(mentorSide.body));
    assert.equal(mentorSide.body.other.id, ben.id);
    assert.equal(mentorSide.body.iceServers[1].username.split(':')[1], ana.id);
  });

  it('refuses too early and too late with 409 ROOM_NOT_OPEN and the window', async () => {
    const s = await session();
    const start = Date.parse(s.start);
    const early = await at(start - 11 * MINUTE, () => room(ben, s.id));
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'ROOM_NOT_OPEN');
    assert.deepEqual(early.body.error.details, {
      reason: 'too_early',
      joinOpensAt: new Date(start - 10 * MINUTE).toISOString(),
      joinClosesAt: new Date(Date.parse(s.end) + 15 * MINUTE).toISOString(),
    });
    const late = await at(Date.parse(s.end) + 15 * MINUTE, () => room(ana, s.id));
    assert.equal(late.status, 409);
    assert.equal(late.body.error.details.reason, 'too_late');
  });

  it('refuses a pending session with 409 SESSION_NOT_CONFIRMED and a non-participant with 403', async () => {
    const pending = await session(false);
    const r = await at(Date.parse(pending.start), () => room(ben, pending.id));
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'SESSION_NOT_CONFIRMED');
    const confirmed = await session();
    const outsider = await at(Date.parse(confirmed.start), () => room(eve, confirmed.id));
    assert.equal(outsider.status, 403);
    assert.equal(outsider.body.error.code, 'NOT_PARTICIPANT');
  });

  it('answers 404 for the session asked through another community, and 401 without a token', async () => {
    const s = await session();
    const { secretKey } = await createCommunity(server.services, { slug: 'room-elsewhere', name: 'Elsewhere' });
    // Ben, with the same email, is also a member of the other community; he signs in there at the start.
    const elsewhere = await at(Date.parse(s.start), async () => {
      const nowSeconds = Math.floor(server.services.now().getTime() / 1000);
      const identity = await signIdentityToken(
        secretKey,
        'room-elsewhere',
        { email: ben.email, name: 'Ben Elsewhere', membershipType: 'Mentee' },
        { nowSeconds },
      );
      const signedIn = await server.api('POST', '/v1/communities/room-elsewhere/auth/identity', { body: { token: identity } });
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      return server.api('GET', `/v1/communities/room-elsewhere/sessions/${s.id}/room`, { token: signedIn.body.accessToken });
    });
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.code, 'SESSION_NOT_FOUND');
    const anonymous = await server.api('GET', `${base}/sessions/${s.id}/room`);
    assert.equal(anonymous.status, 401);
  });

  it("lets only those the room admits subscribe to the session's channels (channel authorization follows the room rule)", async () => {
    const auth = async (who: Person, channel: string) =>
      server.api('POST', `${base}/realtime/auth`, {
        token: await who.token(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        raw: new URLSearchParams({ socket_id: '1234.5678', channel_name: channel }).toString(),
      });
    const s = await session();
    const pending = await session(false);
    const start = Date.parse(s.start);
    for (const channel of [`private-session-${s.id}`, `presence-session-${s.id}`]) {
      const inside = await at(start, () => auth(ana, channel));
      assert.equal(inside.status, 200, JSON.stringify(inside.body));
      assert.match(inside.body.auth, /^[^:]+:[0-9a-f]{64}$/);
      assert.equal((await at(start, () => auth(eve, channel))).status, 403, 'not a participant');
      assert.equal((await at(start - 11 * MINUTE, () => auth(ben, channel))).status, 403, 'too early');
      assert.equal((await at(Date.parse(s.end) + 15 * MINUTE, () => auth(ben, channel))).status, 403, 'too late');
    }
    assert.equal((await at(Date.parse(pending.start), () => auth(ben, `private-session-${pending.id}`))).status, 403, 'not confirmed');
  });

  it('offers no ICE servers when none are configured', async () => {
    const bare = await startTestServer();
    try {
      await setBookingLimit(bare, 1000);
      const m = await mentor(bare);
      const b = await person(bare, uniqueEmail('ben'), 'Ben');
      const booked = await book(bare, b, m.id, slotAt(bare, 2, 10), 30);
      assert.equal((await act(bare, m, booked.body.id, 'confirm')).status, 200);
      bare.advanceClock(Date.parse(booked.body.start) - bare.services.now().getTime());
      const r = await bare.api('GET', `${base}/sessions/${booked.body.id}/room`, { token: await b.token() });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body.iceServers, []);
      assert.equal(r.body.iceServersExpireAt, null);
    } finally {
      await bare.stop();
    }
  });
});
