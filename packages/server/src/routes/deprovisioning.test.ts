import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DomainEvent } from '../events/domain-events.js';
import { act, book, demoBase as base, mentor, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** SPEC C8 (issue 11, item 7): admins disable or remove members, sign them out everywhere and rotate the secret key. */
describe('deprovisioning (C8)', () => {
  let server: TestServer;
  const events: DomainEvent[] = [];
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    server.services.events.on('deprovisioning test', (event) => {
      events.push(event);
    });
  });
  after(() => server.stop());

  async function importMember(email: string, name: string, membershipType = 'Mentee') {
    const r = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email, name, membershipType }] },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }

  it('removeMember (disable): revokes their sign-ins, cancels their future sessions with notice and refuses them from then on', async () => {
    const m = await mentor(server);
    const email = uniqueEmail('leaver');
    await importMember(email, 'Lee Leaver');
    const leaver = await person(server, email, 'Lee Leaver');
    const codeSession = await server.signIn(email);
    const start = slotAt(server, 3, 10);
    const booked = await book(server, leaver, m.id, start, 30);
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const confirmedStart = slotAt(server, 4, 10);
    const other = await book(server, leaver, m.id, confirmedStart, 30);
    assert.equal((await act(server, m, other.body.id, 'confirm')).status, 200);

    const r = await server.api('POST', `${base}/members/${leaver.id}/remove`, {
      token: server.secretKey,
      body: { mode: 'disable', reason: 'Left the community' },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.mode, 'disable');
    assert.equal(r.body.cancelledSessions, 2);
    assert.ok(r.body.revokedSignIns >= 2);

    // Their tokens stop working at once.
    assert.equal((await server.api('GET', `${base}/me`, { token: codeSession.accessToken })).status, 401);
    assert.equal((await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken: codeSession.refreshToken } })).status, 401);
    // And they cannot sign in again, by code or by the host's identity token.
    await assert.rejects(server.signIn(email));
    await assert.rejects(person(server, email, 'Lee Leaver'));

    // The mentor sees both sessions cancelled; the notice went out as session.cancelled events.
    const mine = await server.api('GET', `${base}/sessions?role=mentor`, { token: await m.token() });
    const statuses = mine.body.items.filter((s: any) => s.id === booked.body.id || s.id === other.body.id).map((s: any) => s.status);
    assert.deepEqual(statuses, ['cancelled', 'cancelled']);
    const cancelled = events.filter((e) => e.type === 'session.cancelled' && 'session' in e && e.session.menteeId === leaver.id);
    assert.equal(cancelled.length, 2);
    // The freed time is offered again.
    const slots = await server.api(
      'GET',
      `${base}/mentors/${m.id}/slots?from=${slotAt(server, 4, 9)}&to=${slotAt(server, 4, 12)}&duration=30`,
    );
    assert.ok(slots.body.slots.some((s: any) => s.start === confirmedStart));
  });

  it('removeMember (remove): erases their personal data and unlists them as a mentor', async () => {
    const m = await mentor(server);
    const r = await server.api('POST', `${base}/members/${m.id}/remove`, { token: server.secretKey, body: { mode: 'remove' } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal((await server.api('GET', `${base}/mentors/${m.id}`)).status, 404);
    const list = await server.api('GET', `${base}/members?q=${encodeURIComponent(m.email)}`, { token: server.secretKey });
    assert.equal(list.body.items.length, 0, 'the email address is gone');
    // The address is free again: re-importing it creates a new member.
    await importMember(m.email, 'Back Again');
    const again = await server.api('GET', `${base}/members?q=${encodeURIComponent(m.email)}`, { token: server.secretKey });
    assert.notEqual(again.body.items[0].id, m.id);
    assert.equal(
      (await server.api('POST', `${base}/members/${m.id}/remove`, { token: server.secretKey, body: {} })).status,
      404,
      'already removed',
    );
  });

  it("signOutMemberEverywhere revokes every sign-in of one member and nobody else's", async () => {
    const email = uniqueEmail('everywhere');
    await importMember(email, 'Eve Everywhere');
    const a = await server.signIn(email);
    const b = await server.signIn(email);
    const bystanderEmail = uniqueEmail('bystander');
    await importMember(bystanderEmail, 'By Stander');
    const bystander = await server.signIn(bystanderEmail);
    const id = a.user.member.id;
    const mentee = await server.api('POST', `${base}/members/${id}/sign-out`, { token: bystander.accessToken });
    assert.equal(mentee.status, 403, 'a member who is not an admin may not');
    const r = await server.api('POST', `${base}/members/${id}/sign-out`, { token: server.secretKey });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.revokedSignIns, 2);
    for (const s of [a, b]) {
      assert.equal((await server.api('GET', `${base}/me`, { token: s.accessToken })).status, 401);
      assert.equal((await server.api('POST', `${base}/auth/refresh`, { body: { refreshToken: s.refreshToken } })).status, 401);
    }
    assert.equal((await server.api('GET', `${base}/me`, { token: bystander.accessToken })).status, 200);
    assert.equal((await server.signIn(email)).user.member.id, id, 'they may sign in again');
  });

  it('rotateSecretKey refuses the old key at once, or after the stated grace period', async () => {
    const old = server.secretKey;
    const first = await server.api('POST', `${base}/secret-key/rotate`, { token: old, body: {} });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.match(first.body.secretKey, /^sk_/);
    assert.equal(first.body.previousKeyValidUntil, null);
    assert.equal((await server.api('GET', `${base}/members`, { token: old })).status, 401, 'the old key is refused at once');
    assert.equal((await server.api('GET', `${base}/members`, { token: first.body.secretKey })).status, 200);

    const second = await server.api('POST', `${base}/secret-key/rotate`, { token: first.body.secretKey, body: { graceSeconds: 3600 } });
    assert.equal(second.status, 200);
    assert.equal(Date.parse(second.body.previousKeyValidUntil) - server.services.now().getTime() <= 3600_000, true);
    assert.equal((await server.api('GET', `${base}/members`, { token: first.body.secretKey })).status, 200, 'within the grace period');
    assert.equal((await server.api('GET', `${base}/members`, { token: second.body.secretKey })).status, 200);
    server.advanceClock(3601_000);
    try {
      assert.equal((await server.api('GET', `${base}/members`, { token: first.body.secretKey })).status, 401, 'after the grace period');
      assert.equal((await server.api('GET', `${base}/members`, { token: second.body.secretKey })).status, 200);
    } finally {
      server.advanceClock(-3601_000);
    }
    // Let later tests keep using server.secretKey.
    (server as { secretKey: string }).secretKey = second.body.secretKey;
  });
});
