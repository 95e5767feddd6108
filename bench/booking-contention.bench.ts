/**
 * Benchmark: booking contention (SPEC S5). The real service on a temporary data directory (embedded
 * store, LOG_LEVEL silent), one mentor with availability, 100 mentees, and 100 concurrent `createSession`
 * requests over HTTP for the same slot. Exactly one should succeed; `settleMs` is the time until every
 * request has been answered. Prints one JSON line; `run()` returns the same object for a bench runner.
 * Run: `node --import tsx bench/booking-contention.bench.ts`
 */
import { pathToFileURL } from 'node:url';
import { book, demoBase, mentor, person, setBookingLimit, slotAt } from '../packages/server/src/testing/booking-fixtures.js';
import { startTestServer } from '../packages/server/src/testing/test-server.js';

export interface BookingContentionResult {
  name: string;
  successes: number;
  conflicts: number;
  otherErrors: number;
  settleMs: number;
}

const MENTEES = 100;

export async function run(): Promise<BookingContentionResult> {
  process.env.LOG_LEVEL = 'silent';
  const server = await startTestServer({ LOG_LEVEL: 'silent' });
  try {
    await setBookingLimit(server, 1000);
    const host = await mentor(server);
    const emails = Array.from({ length: MENTEES }, (_, i) => `bench-mentee-${i}@example.org`);
    const imported = await server.api('POST', `${demoBase}/members/import`, {
      token: server.secretKey,
      body: { members: emails.map((email, i) => ({ email, name: `Bench Mentee ${i}`, membershipType: 'Mentee' })) },
    });
    if (imported.status !== 200) throw new Error(`importMembers ${imported.status}`);
    const mentees = await Promise.all(emails.map((email, i) => person(server, email, `Bench Mentee ${i}`)));
    await Promise.all(mentees.map((m) => m.token()));
    const start = slotAt(server, 3, 10);
    const began = performance.now();
    const results = await Promise.all(mentees.map((m) => book(server, m, host.id, start)));
    const settleMs = Math.round((performance.now() - began) * 10) / 10;
    return {
      name: 'booking-contention-100',
      successes: results.filter((r) => r.status === 201).length,
      conflicts: results.filter((r) => r.status === 409).length,
      otherErrors: results.filter((r) => r.status !== 201 && r.status !== 409).length,
      settleMs,
    };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run()));
}
