import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { Webhook } from 'standardwebhooks';
import { act, book, demoBase as base, mentor, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../testing/webhook-receiver.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** Checks a delivery with the `standardwebhooks` package: full `verify` when no clock moved, else its `sign`. */
function assertSigned(secret: string, hook: ReceivedWebhook, options: { clockMoved: boolean }): any {
  const wh = new Webhook(secret);
  const id = hook.headers['webhook-id']!;
  const timestamp = Number(hook.headers['webhook-timestamp']);
  if (!options.clockMoved) return wh.verify(hook.body, hook.headers);
  // The service's clock runs ahead of the receiver's in these tests, beyond verify's 5-minute tolerance,
  // so compare with what the package signs for that id, time and body.
  const expected = wh.sign(id, new Date(timestamp * 1000), hook.body);
  assert.ok(hook.headers['webhook-signature']!.split(' ').includes(expected), 'signature matches standardwebhooks');
  return JSON.parse(hook.body);
}

describe('webhook deliveries to a real receiver on loopback (Standard Webhooks)', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  const created: string[] = [];
  before(async () => {
    server = await startTestServer({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' });
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await receiver.close();
    await server.stop();
  });
  // Each test starts with no endpoints, so events only reach the one it creates.
  afterEach(async () => {
    for (const id of created.splice(0)) await server.api('DELETE', `${base}/webhooks/${id}`, { token: server.secretKey });
    receiver.received.length = 0;
  });

  const createEndpoint = async (events: string[] = ['member.imported'], pathname = '/hook') => {
    const r = await server.api('POST', `${base}/webhooks`, { token: server.secretKey, body: { url: receiver.url + pathname, events } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    created.push(r.body.id);
    return r.body as { id: string; secret: string };
  };
  let imported = 0;
  /** Causes a `member.imported` event. */
  const importOne = async () => {
    imported++;
    const r = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: {
        members: [{ email: `hook-${process.pid}-${imported}@example.org`, name: `Hook Person ${imported}`, membershipType: 'Mentee' }],
      },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  };
  const runDue = () => server.services.jobRunner.runDue();
  const deliveries = async (id: string) =>
    (await server.api('GET', `${base}/webhooks/${id}/deliveries`, { token: server.secretKey })).body.items as any[];
  const endpoint = async (id: string) =>
    ((await server.api('GET', `${base}/webhooks`, { token: server.secretKey })).body.items as any[]).find((e) => e.id === id);

  it('signs each delivery so standardwebhooks verifies it, with the documented payload and only subscribed events', async () => {
    const hook = await createEndpoint(['member.imported']);
    const sessionsOnly = await createEndpoint(['session.confirmed'], '/sessions-only');
    await importOne();
    await runDue();
    assert.equal(receiver.received.length, 1, 'one delivery, none for the endpoint that did not subscribe');
    const [got] = receiver.received;
    assert.equal(got!.headers['content-type'], 'application/json');
    assert.match(got!.headers['webhook-id']!, /^msg_[A-Za-z0-9_-]+$/);
    const payload = assertSigned(hook.secret, got!, { clockMoved: false });
    assert.equal(payload.type, 'member.imported');
    assert.deepEqual(payload.data, { import: { created: 1, updated: 0, total: 1 } });
    assert.equal(payload.community.slug, 'demo');
    assert.ok(!Number.isNaN(Date.parse(payload.timestamp)));
    assert.throws(() => new Webhook(sessionsOnly.secret).verify(got!.body, got!.headers), "another endpoint's secret does not verify it");
    const [logged] = await deliveries(hook.id);
    assert.equal(logged.status, 'succeeded');
    assert.equal(logged.attempts, 1);
    assert.equal(logged.responseStatus, 204);
    assert.equal(logged.id, got!.headers['webhook-id']);
    assert.deepEqual(await deliveries(sessionsOnly.id), []);
  });

  it('carries session, mentorship and mentor events with ids and names only (no emails, no member text)', async () => {
    const hook = await createEndpoint([
      'mentor.applied',
      'mentor.approved',
      'session.requested',
      'session.confirmed',
      'session.rescheduled',
      'session.cancelled',
      'mentorship.requested',
    ]);
    await setBookingLimit(server, 1000);
    const teacher = await mentor(server);
    const student = await person(server, uniqueEmail('student'), 'Stu Dent');
    const booked = await book(server, student, teacher.id, slotAt(server, 2, 10), 60, {
      topic: 'Private topic words',
      description: 'Private description',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal((await act(server, teacher, booked.body.id, 'confirm')).status, 200);
    const proposed = await act(server, student, booked.body.id, 'reschedule', {
      start: slotAt(server, 3, 15),
      message: 'Private proposal words',
    });
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    assert.equal((await act(server, teacher, booked.body.id, 'reschedule/respond', { decision: 'accept' })).status, 200);
    assert.equal((await act(server, student, booked.body.id, 'cancel', { reason: 'Private reason words' })).status, 200);
    const asked = await server.api('POST', `${base}/mentorships`, {
      token: await student.token(),
      body: { mentorId: teacher.id, message: 'Private message words' },
    });
    assert.equal(asked.status, 201);
    await runDue();
    const bodies = receiver.received.map((r) => assertSigned(hook.secret, r, { clockMoved: false }));
    assert.deepEqual(
      bodies.map((b) => b.type),
      [
        'mentor.applied',
        'mentor.approved',
        'session.requested',
        'session.confirmed',
        'session.rescheduled',
        'session.cancelled',
        'mentorship.requested',
      ],
    );
    const raw = receiver.received.map((r) => r.body).join('\n');
    for (const secretish of ['@', 'Private', server.secretKey, hook.secret])
      assert.equal(raw.includes(secretish), false, `payloads must not contain ${secretish}`);
    const confirmed = bodies[3];
    assert.deepEqual(confirmed.data.session.mentor, { id: teacher.id, name: 'Mentor Person' });
    assert.deepEqual(confirmed.data.session.mentee, { id: student.id, name: 'Stu Dent' });
    assert.equal(confirmed.data.session.status, 'confirmed');
    assert.equal(confirmed.data.session.start, booked.body.start);
    assert.equal(confirmed.data.actorId, teacher.id);
    assert.equal(bodies[4].data.session.start, slotAt(server, 3, 15));
    assert.deepEqual(bodies[4].data.previous, { start: booked.body.start, end: booked.body.end });
    assert.equal(bodies[4].data.actorId, teacher.id);
    assert.equal(bodies[5].data.session.status, 'cancelled');
    assert.deepEqual(bodies[6].data.mentorship.mentee, { id: student.id, name: 'Stu Dent' });
    assert.deepEqual(bodies[1].data.mentor, { id: teacher.id, name: bodies[1].data.mentor.name, status: 'approved' });
  });

  it('co-signs with the previous secret after a rotation, so either verifies', async () => {
    const hook = await createEndpoint();
    const rotated = await server.api('POST', `${base}/webhooks/${hook.id}/rotate-secret`, {
      token: server.secretKey,
      body: { previousSecretHours: 24 },
    });
    assert.equal(rotated.status, 200);
    await importOne();
    await runDue();
    const [got] = receiver.received;
    assert.equal(got!.headers['webhook-signature']!.split(' ').length, 2);
    assertSigned(hook.secret, got!, { clockMoved: false });
    assertSigned(rotated.body.secret, got!, { clockMoved: false });
  });

  it('retries a receiver that fails 3 times on the spec schedule, re-signing each attempt with the same webhook-id', async () => {
    const hook = await createEndpoint();
    receiver.answer({ status: 500 }, { status: 502 }, { status: 404 });
    await importOne();
    await runDue();
    assert.equal(receiver.received.length, 1);
    let [logged] = await deliveries(hook.id);
    assert.equal(logged.status, 'pending');
    assert.equal(logged.responseStatus, 500);
    const wait = Date.parse(logged.nextAttemptAt) - Date.parse(logged.lastAttemptAt);
    assert.ok(wait >= 5 * SECOND && wait <= 5.5 * SECOND, `second attempt 5 s later (+ jitter), got ${wait} ms`);

    for (const step of [6 * SECOND, 6 * MINUTE, 34 * MINUTE]) {
      const hits: number = receiver.received.length;
      await runDue();
      assert.equal(receiver.received.length, hits, 'nothing is due before the clock moves');
      server.advanceClock(step);
      await runDue();
      assert.equal(receiver.received.length, hits + 1);
    }
    assert.equal(receiver.received.length, 4, 'three failures, then the success, then nothing more');
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    assert.equal(ids.size, 1, 'the same webhook-id on every attempt');
    const signatures = new Set(receiver.received.map((r) => r.headers['webhook-signature']));
    assert.equal(signatures.size, 4, 'a fresh signature each attempt');
    const stamps = receiver.received.map((r) => Number(r.headers['webhook-timestamp']));
    assert.deepEqual(
      [...stamps].sort((a, b) => a - b),
      stamps,
    );
    assert.ok(stamps[3]! > stamps[0]!);
    assertSigned(hook.secret, receiver.received[0]!, { clockMoved: false });
    for (const hit of receiver.received.slice(1)) assertSigned(hook.secret, hit, { clockMoved: true });
    assert.equal(new Set(receiver.received.map((r) => r.body)).size, 1, 'the same body every time');

    [logged] = await deliveries(hook.id);
    assert.equal(logged.status, 'succeeded');
    assert.equal(logged.attempts, 4);
    assert.deepEqual(
      logged.recentAttempts.map((a: any) => a.responseStatus),
      [500, 502, 404, 204],
    );
    assert.equal(logged.nextAttemptAt, null);
    server.advanceClock(2 * DAY);
    await runDue();
    assert.equal(receiver.received.length, 4, 'no attempt after the success');
    assert.equal((await endpoint(hook.id)).failingSince, null, 'the success cleared the failure record');
  });

  it('honours Retry-After, and a redelivery sends the same webhook-id again', async () => {
    const hook = await createEndpoint();
    receiver.answer({ status: 503, headers: { 'retry-after': '3600' } });
    await importOne();
    await runDue();
    const [logged] = await deliveries(hook.id);
    assert.equal(logged.status, 'pending');
    assert.equal(Date.parse(logged.nextAttemptAt) - Date.parse(logged.lastAttemptAt), 3600 * SECOND);
    server.advanceClock(6 * MINUTE);
    await runDue();
    assert.equal(receiver.received.length, 1, 'not retried before the hour the receiver asked for');
    server.advanceClock(55 * MINUTE);
    await runDue();
    assert.equal(receiver.received.length, 2);

    const again = await server.api('POST', `${base}/webhooks/${hook.id}/deliveries/${logged.id}/redeliver`, { token: server.secretKey });
    assert.equal(again.status, 202, JSON.stringify(again.body));
    await runDue();
    assert.equal(receiver.received.length, 3);
    assert.equal(receiver.received[2]!.headers['webhook-id'], logged.id);
    const [after] = await deliveries(hook.id);
    assert.equal(after.attempts, 3);
    const wrong = await server.api('POST', `${base}/webhooks/${hook.id}/deliveries/msg_AAAAAAAAAAAAAAAA/redeliver`, {
      token: server.secretKey,
    });
    assert.equal(wrong.status, 404);
  });

  it('disables the endpoint on 410 Gone, tells the admins by email, and sends it nothing more', async () => {
    const hook = await createEndpoint();
    receiver.answer({ status: 410 });
    await importOne();
    await runDue();
    const state = await endpoint(hook.id);
    assert.equal(state.enabled, false);
    assert.equal(state.disabledReason, 'gone');
    const [logged] = await deliveries(hook.id);
    assert.equal(logged.status, 'failed');
    assert.equal(logged.nextAttemptAt, null);
    const mail = await mailTo(server, 'admin@example.com', /webhook endpoint .* was disabled/);
    assert.match(mail.text ?? '', /410 Gone/);
    assert.ok((mail.text ?? '').includes(receiver.url), 'names the endpoint');

    await importOne();
    server.advanceClock(DAY);
    await runDue();
    assert.equal(receiver.received.length, 1, 'a disabled endpoint receives nothing');
    assert.equal((await deliveries(hook.id)).length, 1, 'and no delivery is recorded for it');
    const refused = await server.api('POST', `${base}/webhooks/${hook.id}/deliveries/${logged.id}/redeliver`, { token: server.secretKey });
    assert.equal(refused.status, 409);
  });

  it('disables an endpoint whose every attempt has failed for 5 days', async () => {
    const hook = await createEndpoint();
    receiver.answer(...Array.from({ length: 20 }, () => ({ status: 500 })));
    await importOne();
    await runDue();
    assert.ok((await endpoint(hook.id)).failingSince);
    server.advanceClock(3 * DAY); // the 5 s retry is long due; still under 5 days of failure
    await runDue();
    assert.equal((await endpoint(hook.id)).enabled, true);
    await importOne(); // a second event keeps the endpoint in use
    server.advanceClock(2 * DAY + MINUTE);
    await runDue();
    const state = await endpoint(hook.id);
    assert.equal(state.enabled, false);
    assert.equal(state.disabledReason, 'failing');
    const mail = await mailTo(server, 'admin@example.com', /webhook endpoint .* was disabled/, 2);
    assert.match(mail.text ?? '', /more than 5 days/);
    const hits = receiver.received.length;
    server.advanceClock(2 * DAY);
    await runDue();
    assert.equal(receiver.received.length, hits, 'nothing after it was disabled');
    receiver.answer(); // leftovers of the script are harmless
  });
});

/** The `nth` (1-based) email to `to` whose subject matches, read from the outbox. */
async function mailTo(server: TestServer, to: string, subject: RegExp, nth = 1) {
  await server.services.jobRunner.runDue();
  const outbox = path.join(server.dataDir, 'outbox');
  const found = [];
  for (const file of (await readdir(outbox)).sort()) {
    const mail = await simpleParser(await readFile(path.join(outbox, file)));
    const address = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
    if (address === to && subject.test(mail.subject ?? '')) found.push(mail);
  }
  assert.ok(found.length >= nth, `expected ${nth} mail(s) to ${to} matching ${subject}, found ${found.length}`);
  return found[nth - 1]!;
}
