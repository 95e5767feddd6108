import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { act, book, demoBase, mentor, person, setBookingLimit, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startMailCatcher, type MailCatcher } from '../testing/mail-catcher.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Step =
  | { kind: 'book'; inMinutes: number }
  | { kind: 'confirm' | 'link' | 'cancel'; pick: number }
  | { kind: 'reschedule'; pick: number; inMinutes: number }
  | { kind: 'advance'; minutes: number }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('book' as const), inMinutes: fc.integer({ min: 50, max: 40 * 60 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('confirm' as const), pick: fc.nat(20) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('link' as const), pick: fc.nat(20) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('reschedule' as const), pick: fc.nat(20), inMinutes: fc.integer({ min: 50, max: 40 * 60 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 5, max: 12 * 60 }) }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'restart' as const }), weight: 1 },
);

/** A timeline that must be covered whatever the seed: confirmed, then cancelled, then its reminder times pass. */
const cancelledAfterConfirm: Step[] = [
  { kind: 'book', inMinutes: 30 * 60 },
  { kind: 'confirm', pick: 0 },
  { kind: 'link', pick: 0 },
  { kind: 'restart' },
  { kind: 'cancel', pick: 0 },
  { kind: 'book', inMinutes: 26 * 60 },
  { kind: 'confirm', pick: 1 },
  { kind: 'advance', minutes: 3 * 60 },
  { kind: 'reschedule', pick: 1, inMinutes: 30 * 60 },
  { kind: 'advance', minutes: 7 * 60 },
];

describe('reminders over random timelines (book, confirm, change link, reschedule, cancel, restart, time passing)', () => {
  let smtp: MailCatcher;
  let server: TestServer;

  let communityId = '';
  before(async () => {
    smtp = await startMailCatcher();
    server = await startTestServer({ SMTP_URL: smtp.url });
    await setBookingLimit(server, 1000);
    communityId = (await server.services.communities.getBySlug('demo')).id;
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('never sends a reminder for a cancelled session, nor any reminder twice, nor one early for the current start', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 20 }), async (steps) => {
        let ana: Person = await mentor(server);
        let bob: Person = await person(server, uniqueEmail('bob'), 'Bob');
        const sessions: { id: string; cancelled: boolean }[] = [];
        const seen = new Set<string>();
        const collect = async () => {
          await server.services.jobRunner.runDue();
          for (const mail of smtp.take()) {
            if (!mail.subject.startsWith('Reminder:')) continue;
            const id = mail.text.match(/session=([\w-]+)/)?.[1];
            const session = sessions.find((s) => s.id === id);
            if (!session) continue; // another run's session (cannot happen: runs end drained)
            assert.ok(!session.cancelled, `reminder for cancelled session ${id}: ${mail.subject}`);
            const lead = mail.subject.endsWith('in 1 hour') ? HOUR : 24 * HOUR;
            const stored = await server.services.sessions.findById(communityId, id!);
            const dueAt = stored!.start.getTime() - lead;
            assert.ok(server.services.now().getTime() >= dueAt, `reminder for ${id} came before its time (a stale start?)`);
            // A reminder is once per session, person, lead and start (a moved session gets new ones).
            const key = `${id}|${mail.to}|${lead}|${stored!.start.toISOString()}`;
            assert.ok(!seen.has(key), `duplicate reminder ${key}`);
            seen.add(key);
          }
        };
        for (const s of steps) {
          if (s.kind === 'book') {
            const at = Math.ceil((server.services.now().getTime() + s.inMinutes * MINUTE) / (15 * MINUTE)) * 15 * MINUTE;
            const r = await book(server, bob, ana.id, new Date(at).toISOString(), 30);
            if (r.status === 201) sessions.push({ id: r.body.id, cancelled: false });
          } else if (s.kind === 'confirm' || s.kind === 'link' || s.kind === 'cancel') {
            const target = sessions[s.pick % Math.max(1, sessions.length)];
            if (!target) continue;
            let r;
            if (s.kind === 'confirm') r = await act(server, ana, target.id, 'confirm');
            else if (s.kind === 'cancel') r = await act(server, bob, target.id, 'cancel', { reason: 'Random timeline' });
            else
              r = await server.api('PUT', `${demoBase}/sessions/${target.id}/meeting-link`, {
                token: await ana.token(),
                body: { url: `https://meet.google.com/abc-defg-${String(seen.size).padStart(3, 'h')}` },
              });
            if (s.kind === 'cancel' && r.status === 200) target.cancelled = true;
          } else if (s.kind === 'reschedule') {
            const target = sessions[s.pick % Math.max(1, sessions.length)];
            if (!target) continue;
            const at = Math.ceil((server.services.now().getTime() + s.inMinutes * MINUTE) / (15 * MINUTE)) * 15 * MINUTE;
            const proposed = await server.api('POST', `${demoBase}/sessions/${target.id}/reschedule`, {
              token: await bob.token(),
              body: { start: new Date(at).toISOString() },
            });
            if (proposed.status === 200)
              await server.api('POST', `${demoBase}/sessions/${target.id}/reschedule/respond`, {
                token: await ana.token(),
                body: { decision: 'accept' },
              });
          } else if (s.kind === 'advance') {
            server.advanceClock(s.minutes * MINUTE);
          } else {
            const { dataDir, secretKey, clock } = server;
            await server.stop({ keepData: true });
            server = await startTestServer({ SMTP_URL: smtp.url }, { dataDir, secretKey, clock });
            ana = await person(server, ana.email, ana.name, 'Mentor');
            bob = await person(server, bob.email, bob.name);
          }
          await collect();
        }
        // Let every remaining reminder come due, in steps small enough that none is skipped as late.
        for (let i = 0; i < 45; i++) {
          server.advanceClock(HOUR);
          await collect();
        }
      }),
      { numRuns: 12, endOnFailure: true, examples: [[cancelledAfterConfirm]] },
    );
  });
});
