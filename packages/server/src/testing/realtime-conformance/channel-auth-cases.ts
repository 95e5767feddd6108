// Channel authorization by the service (`authorizeRealtimeChannel`), checked end to end: pusher-js asks the
// service, then subscribes on the endpoint with what it got. Part of the shared conformance suite, so it
// also runs with hosted-Pusher signing. Members of another community, non-participants and signed-out
// sockets are refused every private and presence channel they do not belong to.
import assert from 'node:assert/strict';
import { signIdentityToken } from '../identity-token.js';
import { before, describe, it } from 'node:test';
import { createCommunity } from '../../services/community-service.js';
import { act, book, mentor, person, slotAt, uniqueEmail, type Person } from '../booking-fixtures.js';
import { channelName, pusherJs, subscribed, type ChannelAuthorizer } from '../realtime-clients.js';
import type { TestServer } from '../test-server.js';
import type { RealtimeTarget } from './realtime-conformance.js';

/** pusher-js's channel authorization through the service, as the SDK does it; refusals keep their HTTP status. */
function serviceAuthorizer(
  service: TestServer,
  slug: string,
  token: () => Promise<string | null>,
): ChannelAuthorizer & { statuses: number[] } {
  const statuses: number[] = [];
  const authorize = async (socketId: string, channel: string) => {
    const bearer = await token();
    const response = await service.api('POST', `/v1/communities/${slug}/realtime/auth`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      raw: new URLSearchParams({ socket_id: socketId, channel_name: channel }).toString(),
    });
    statuses.push(response.status);
    if (response.status !== 200) throw Object.assign(new Error(response.body?.error?.message ?? 'refused'), { status: response.status });
    return response.body as { auth: string; channel_data?: string };
  };
  return Object.assign(authorize, { statuses });
}

/** A member of a second community (same service), signed in with that community's identity token. */
async function memberOfOtherCommunity(service: TestServer): Promise<{ slug: string; token: string }> {
  const slug = `other-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const { secretKey } = await createCommunity(service.services, { slug, name: 'Other Community', allowedOrigins: [] });
  const nowSeconds = Math.floor(service.services.now().getTime() / 1000);
  const identity = await signIdentityToken(
    secretKey,
    slug,
    { email: uniqueEmail('other'), name: 'Olga Other', membershipType: 'Mentor' },
    { nowSeconds },
  );
  const r = await service.api('POST', `/v1/communities/${slug}/auth/identity`, { body: { token: identity } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return { slug, token: r.body.accessToken };
}

export function channelAuthCases(getTarget: () => RealtimeTarget): void {
  describe('channel authorization by the service (authorizeRealtimeChannel)', () => {
    let service: TestServer;
    let coach: Person;
    let learner: Person;
    let outsider: Person;
    let sessionId: string;
    let pendingSessionId: string;
    let other: { slug: string; token: string };
    const as = (who: Person) => serviceAuthorizer(service, 'demo', () => who.token());
    const connect = (authorize: ChannelAuthorizer) => pusherJs(getTarget().endpoint, { authorize });
    const refused = async (authorize: ChannelAuthorizer & { statuses: number[] }, channel: string, status: number) => {
      await assert.rejects(subscribed(connect(authorize), channel), /subscription_error/);
      assert.equal(authorize.statuses.at(-1), status, `${channel} answered ${authorize.statuses.at(-1)}`);
    };

    before(async () => {
      service = getTarget().service;
      coach = await mentor(service);
      learner = await person(service, uniqueEmail('learner'), 'Lea Learner');
      outsider = await person(service, uniqueEmail('outsider'), 'Otto Outsider');
      // Session channels follow the video room's rule (confirmed, inside the join window): a session at
      // the mentor's next 15-minute slot, confirmed, with the service clock moved to 5 minutes before it.
      const step = 15 * 60_000;
      const start = Math.ceil((service.services.now().getTime() + 60_000) / step) * step;
      const booked = await book(service, learner, coach.id, new Date(start).toISOString(), 30);
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      assert.equal((await act(service, coach, booked.body.id, 'confirm')).status, 200);
      service.advanceClock(Math.max(0, start - 5 * 60_000 - service.services.now().getTime()));
      sessionId = booked.body.id;
      const later = await book(service, learner, coach.id, slotAt(service, 3, 10));
      assert.equal(later.status, 201, JSON.stringify(later.body));
      pendingSessionId = later.body.id;
      other = await memberOfOtherCommunity(service);
    });

    it('lets a member subscribe to their own member channel', async () => {
      assert.deepEqual(await subscribed(connect(as(learner)), `private-member-${learner.id}`), {});
    });

    it("refuses another member's channel with 403", async () => {
      await refused(as(outsider), `private-member-${learner.id}`, 403);
    });

    it("lets both participants subscribe to the session's private channel", async () => {
      await subscribed(connect(as(coach)), `private-session-${sessionId}`);
      await subscribed(connect(as(learner)), `private-session-${sessionId}`);
    });

    it('puts member id and name in the session presence channel', async () => {
      const channel = `presence-session-${sessionId}`;
      await subscribed(connect(as(coach)), channel);
      const members = await subscribed(connect(as(learner)), channel);
      assert.equal(members.count, 2);
      assert.deepEqual(members.me, { id: learner.id, info: { name: 'Lea Learner' } });
      assert.deepEqual(members.get(coach.id), { id: coach.id, info: { name: 'Mentor Person' } });
    });

    it("refuses a participant the channels of a session that is not confirmed (the video room's rule)", async () => {
      await refused(as(learner), `private-session-${pendingSessionId}`, 403);
      await refused(as(coach), `presence-session-${pendingSessionId}`, 403);
    });

    it('refuses a non-participant both session channels', async () => {
      await refused(as(outsider), `private-session-${sessionId}`, 403);
      await refused(as(outsider), `presence-session-${sessionId}`, 403);
    });

    it('refuses a member of another community every channel of this one', async () => {
      const otherHere = serviceAuthorizer(service, 'demo', async () => other.token);
      await refused(otherHere, `private-member-${learner.id}`, 401);
      const otherAtHome = serviceAuthorizer(service, other.slug, async () => other.token);
      for (const channel of [`private-member-${learner.id}`, `private-session-${sessionId}`, `presence-session-${sessionId}`]) {
        await refused(otherAtHome, channel, 403);
      }
    });

    it('refuses a signed-out socket every private and presence channel (401)', async () => {
      const signedOut = serviceAuthorizer(service, 'demo', async () => null);
      for (const channel of [
        `private-member-${learner.id}`,
        `private-session-${sessionId}`,
        `presence-session-${sessionId}`,
        `private-conversation-${sessionId}`,
      ]) {
        await refused(signedOut, channel, 401);
      }
    });

    it('refuses a token whose sign-in session was signed out', async () => {
      const signedIn = await service.signIn('cruz@example.com');
      const memberId = signedIn.user.member.id as string;
      const out = await service.api('POST', '/v1/communities/demo/auth/sign-out', { body: { refreshToken: signedIn.refreshToken } });
      assert.ok(out.status < 300, JSON.stringify(out.body));
      await refused(
        serviceAuthorizer(service, 'demo', async () => signedIn.accessToken),
        `private-member-${memberId}`,
        401,
      );
    });

    it('refuses every other private and presence name, including conversations the member is not in', async () => {
      for (const channel of [
        channelName('private'),
        channelName('presence'),
        `presence-member-${learner.id}`,
        `private-member-${learner.id}-x`,
        `private-conversation-${channelName('c')}`,
      ]) {
        await refused(as(learner), channel, 403);
      }
    });

    it('answers a malformed socket id with 400', async () => {
      const response = await service.api('POST', '/v1/communities/demo/realtime/auth', {
        token: await learner.token(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        raw: new URLSearchParams({ socket_id: 'abc', channel_name: `private-member-${learner.id}` }).toString(),
      });
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'VALIDATION_FAILED');
    });

    it('tells widgets where to connect in the public community info', async () => {
      const info = await service.api('GET', '/v1/communities/demo');
      assert.equal(info.body.realtime.key, getTarget().endpoint.key);
    });
  });
}
