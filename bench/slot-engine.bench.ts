/**
 * Benchmark: `computeOpenSlots` over a 90-day range with 500 busy intervals, weekly windows on 5 days and
 * a 30-minute duration. Prints one JSON line; `run()` returns the same object for a bench runner.
 * Run: `node --import tsx bench/slot-engine.bench.ts`
 */
import { pathToFileURL } from 'node:url';
import { computeOpenSlots, type BusyInterval, type OpenSlotsQuery } from '../packages/core/src/slots.js';
import type { Availability } from '../packages/core/src/schemas/availability.js';

/** One benchmark result, as printed. */
export interface BenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  iterations: number;
}

const MINUTE = 60_000;

/** A realistic heavy query: a busy mentor in a DST zone, range spanning the March change. */
function buildQuery(): OpenSlotsQuery {
  const availability: Availability = {
    timeZone: 'America/New_York',
    weekly: [1, 2, 3, 4, 5].flatMap((dayOfWeek) => [
      { dayOfWeek, start: '08:00', end: '12:00' },
      { dayOfWeek, start: '13:00', end: '18:30' },
    ]),
    overrides: [{ date: '2026-03-14', windows: [{ start: '10:00', end: '14:00' }] }],
    blackouts: [{ start: '2026-04-06', end: '2026-04-10' }],
  };
  const start = Date.parse('2026-02-15T00:00:00Z');
  const end = Date.parse('2026-05-16T00:00:00Z');
  // Deterministic pseudo-random busy intervals (LCG) so runs are comparable.
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const busy: BusyInterval[] = Array.from({ length: 500 }, () => {
    const s = start + Math.floor((next() * (end - start)) / (15 * MINUTE)) * 15 * MINUTE;
    return { start: new Date(s), end: new Date(s + (30 + Math.floor(next() * 4) * 30) * MINUTE) };
  });
  return {
    availability,
    rules: {
      durations: [30, 60],
      slotStepMinutes: 15,
      minNoticeMinutes: 120,
      horizonDays: 120,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      maxSessionsPerDay: 8,
    },
    busy,
    range: { start: new Date(start), end: new Date(end) },
    durationMinutes: 30,
    now: new Date(start - 60 * MINUTE),
  };
}

/** Runs the benchmark: warm-up, then ~200 timed iterations; returns median and 95th percentile. */
export async function run(iterations = 200): Promise<BenchResult> {
  const query = buildQuery();
  for (let i = 0; i < 30; i++) computeOpenSlots(query);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    computeOpenSlots(query);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    name: 'slot-engine-90d-500busy',
    medianMs: round(times[Math.floor(times.length / 2)]!),
    p95Ms: round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!),
    iterations,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run()));
}
