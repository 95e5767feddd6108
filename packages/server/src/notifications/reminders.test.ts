import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { createMailer } from '../email/mailer.js';
import { buildServices } from '../server.js';
import { createServices, type Services } from '../service-container.js';
import { act, book, mentor, person, setBookingLimit, slotAt, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../testing/mail-catcher.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('session reminders (controllable clock)', () => {
  let smtp: MailCatcher;
  let server: TestServer;
  let ana: Person;
  let bob: Person;
  const extra: Services[] = [];

  const reminders = (mails: CaughtMail[]) => mails.filter((m) => m.subject.startsWith('Reminder:'));
  async function runDue(): Promise<CaughtMail[]> {
    await server.services.jobRunner.runDue();
    return smtp.take();
  }
  /** Moves the clock so that it reads `instant` (never backwards). */
  function clockTo(instant: number): void {
    const delta = instant - server.services.now().getTime();
    assert.ok(delta >= 0, 'the clock only moves forward');
    server.advanceClock(delta);
  }
  async function confirmedSession(startIso: string): Promise<string> {
    const s = await book(server, bob, ana.id, startIso);
    assert.equal(s.status, 201, JSON.stringify(s.body));
    assert.equal((await act(server, ana, s.body.id, 'confirm')).status, 200);
    await runDue();
    return s.body.id;
  }

  before(async () => {
    smtp = await startMailCatcher();
    server = await startTestServer({ SMTP_URL: smtp.url });
    await setBookingLimit(server, 1000);
    ana = await mentor(server);
    bob = await person(server, uniqueEmail('bob'), 'Bob');
  });
  afterEach(async () => {
    for (const s of extra.splice(0)) {
      await s.jobRunner.stop();
      s.mailer.close();
    }
    await server.services.jobRunner.runDue();
    smtp.take();
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('fires once at T−24 h and once at T−1 h, for both participants', async () => {
    const start = Date.parse(slotAt(server, 4, 10));
    await confirmedSession(new Date(start).toISOString());
    clockTo(start - 24 * HOUR - MINUTE);
    assert.deepEqual(reminders(await runDue()), [], 'not a minute early');
    clockTo(start - 24 * HOUR);
    const day = reminders(await runDue());
    assert.deepEqual(day.map((m) => m.to).sort(), [ana.email, bob.email].sort());
    assert.ok(day.every((m) => / tomorrow$/.test(m.subject)));
    clockTo(start - 2 * HOUR);
    assert.deepEqual(reminders(await runDue()), [], 'the 24 h reminder fired once');
    clockTo(start - HOUR);
    const hour = reminders(await runDue());
    assert.deepEqual(hour.map((m) => m.to).sort(), [ana.email, bob.email].sort());
    assert.ok(hour.every((m) => / in 1 hour$/.test(m.subject)));
    clockTo(start + HOUR);
    assert.deepEqual(reminders(await runDue()), []);
  });

  it('never fires after a cancel', async () => {
    const start = Date.parse(slotAt(server, 12, 10));
    const id = await confirmedSession(new Date(start).toISOString());
    assert.equal((await act(server, bob, id, 'cancel', { reason: 'Changed plans' })).status, 200);
    await runDue();
    clockTo(start - HOUR);
    assert.deepEqual(reminders(await runDue()), []);
  });

  it('skips a reminder whose time had passed when the session was booked', async () => {
    const start = server.services.now().getTime() + 5 * HOUR;
    const iso = new Date(Math.ceil(start / (15 * MINUTE)) * 15 * MINUTE).toISOString();
    await confirmedSession(iso);
    clockTo(Date.parse(iso) - HOUR);
    const fired = reminders(await runDue());
    assert.equal(fired.length, 2);
    assert.ok(
      fired.every((m) => / in 1 hour$/.test(m.subject)),
      'only the 1 h reminder exists',
    );
  });

  it('a reschedule sends a new invitation (same UID, higher SEQUENCE) and moves the reminders', async () => {
    const oldStart = Date.parse(slotAt(server, 8, 10));
    const newStart = Date.parse(slotAt(server, 9, 15));
    const id = await confirmedSession(new Date(oldStart).toISOString());
    const base = `/v1/communities/demo/sessions/${id}`;
    const proposed = await server.api('POST', `${base}/reschedule`, {
      token: await bob.token(),
      body: { start: new Date(newStart).toISOString() },
    });
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    assert.deepEqual(await runDue(), [], 'a proposal alone changes no calendar');
    const accepted = await server.api('POST', `${base}/reschedule/respond`, { token: await ana.token(), body: { decision: 'accept' } });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const moved = await runDue();
    assert.deepEqual(moved.map((m) => m.to).sort(), [ana.email, bob.email].sort());
    for (const mail of moved) {
      assert.match(mail.subject, /^New time: /);
      assert.equal(mail.ics?.method, 'REQUEST');
      assert.equal(mail.ics?.events[0]?.sequence, 2, 'confirm was 1');
      assert.equal(mail.ics?.events[0]?.start.getTime(), newStart);
    }
    clockTo(oldStart - HOUR);
    assert.deepEqual(reminders(await runDue()), [], 'nothing at the old time');
    clockTo(newStart - 24 * HOUR);
    const day = reminders(await runDue());
    assert.deepEqual(day.map((m) => m.to).sort(), [ana.email, bob.email].sort());
    assert.ok(day.every((m) => / tomorrow$/.test(m.subject)));
    clockTo(newStart - HOUR);
    assert.equal(reminders(await runDue()).length, 2, 'the 1 h reminders of the new time');
  });

  it('still fires after a service restart between scheduling and due time', async () => {
    const start = Date.parse(slotAt(server, 20, 10));
    await confirmedSession(new Date(start).toISOString());
    const { dataDir, secretKey, clock } = server;
    await server.stop({ keepData: true });
    server = await startTestServer({ SMTP_URL: smtp.url }, { dataDir, secretKey, clock });
    // The same members, signing in against the new instance.
    ana = await person(server, ana.email, ana.name, 'Mentor');
    bob = await person(server, bob.email, bob.name);
    clockTo(start - 24 * HOUR);
    const fired = reminders(await runDue());
    assert.deepEqual(fired.map((m) => m.to).sort(), [ana.email, bob.email].sort());
  });

  it('fires exactly once with two service instances on one data store', async () => {
    const start = Date.parse(slotAt(server, 30, 10));
    await confirmedSession(new Date(start).toISOString());
    // A second instance: its own job runner, event bus and mailer over the same data. On MongoDB it
    // opens its own connection; the embedded store lives in one process, so there it shares the store.
    const base = server.services;
    const second =
      base.storage.kind === 'mongodb'
        ? await buildServices(base.config, { now: base.now })
        : await createServices({
            config: base.config,
            secret: base.secret,
            storage: base.storage,
            mailer: createMailer({ smtpUrl: smtp.url, dataDir: base.config.dataDir, from: base.config.mailFrom }),
            logger: base.logger,
            now: base.now,
          });
    extra.push(second);
    clockTo(start - 24 * HOUR);
    await Promise.all([base.jobRunner.runDue(), second.jobRunner.runDue(), base.jobRunner.runDue(), second.jobRunner.runDue()]);
    const fired = reminders(smtp.take());
    assert.deepEqual(fired.map((m) => m.to).sort(), [ana.email, bob.email].sort());
  });
});
