import { TZDate, tzOffset } from '@date-fns/tz';
import { localCalendarDate } from './local-time.js';
import { addDays } from 'date-fns/addDays';
import { clockToMinutes, type Availability, type TimeWindow } from './schemas/availability.js';
import type { BookingRules } from './schemas/booking-rules.js';

/** A half-open span of time `[start, end)` between two UTC instants. */
export interface InstantInterval {
  start: Date;
  end: Date;
}

/** Time a person is already taken, buffers of existing sessions included. */
export interface BusyInterval extends InstantInterval {
  /** Whether this counts toward `maxSessionsPerDay` on the local day it starts (default `true`). */
  countsTowardDailyLimit?: boolean;
}

/** Everything `computeOpenSlots` needs; it reads no clock and no storage of its own. */
export interface OpenSlotsQuery {
  /** Validated availability (see `availabilitySchema`). */
  availability: Availability;
  rules: BookingRules;
  busy: readonly BusyInterval[];
  /** Only starts in `[range.start, range.end)` are returned. */
  range: InstantInterval;
  durationMinutes: number;
  now: Date;
}

/** Open start instants of one calendar date in the viewer's zone. */
export interface SlotDateGroup {
  /** `YYYY-MM-DD` in the viewer's zone. */
  date: string;
  slots: Date[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A local calendar date we expand windows for; `wall` is its midnight read as if it were UTC. */
interface LocalDay {
  key: string;
  dayOfWeek: number;
  wall: number;
}

/** A window resolved to instants (ms), remembering which expanded day it belongs to. */
interface Span {
  start: number;
  end: number;
  day: number;
}

const offsetAt = (zone: string, instant: number) => tzOffset(zone, new Date(instant));

/**
 * The first instant at which the clock in `zone` shows `wall` (a local date-time read as if it were UTC)
 * or later. Ordinary times have one such instant; a time repeated when clocks fall back resolves to its
 * first occurrence; a time skipped when clocks spring forward resolves to the moment of the jump, the
 * first real instant after it. This is the one place that turns wall time into instants, and it only
 * ever subtracts offsets read from the zone database (`tzOffset`). Why not `new TZDate(y, m, d, h, mi,
 * zone)`: for repeated times it returns the first occurrence in some zones and the second in others
 * (New York vs London), it moves skipped times forward by the gap instead of to the jump, and at ~20 µs
 * a call it alone would take the engine past its time budget.
 */
function firstInstantAtOrAfter(zone: string, wall: number): number {
  // The instant is within 14 h of `wall`, so these two offsets bracket any single nearby transition.
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const early = wall - before * MINUTE;
  if (before === after) return early;
  const late = wall - after * MINUTE;
  const valid = [early, late].filter((t, i) => offsetAt(zone, t) === (i === 0 ? before : after));
  if (valid.length > 0) return Math.min(...valid);
  // Skipped: the jump lies between the two readings; offsets change on whole minutes.
  let lo = Math.min(early, late);
  let hi = Math.max(early, late);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Calendar date (as its midnight "wall" value) of an instant in `zone`, read through TZDate. */
function localMidnightWall(instant: number, zone: string): number {
  const local = new TZDate(instant, zone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

/** Local dates from the one holding `from` to the one holding `to`, widened by `margin` days each side. */
function localDays(zone: string, from: number, to: number, margin: number): LocalDay[] {
  const first = localMidnightWall(from, zone);
  const last = localMidnightWall(to, zone);
  // Midnight "wall" values are naive calendar dates (read as UTC, which has no DST), so stepping them by
  // calendar day is plain calendar arithmetic, not time-zone arithmetic.
  const count = Math.round((last - first) / DAY) + 1 + 2 * margin;
  const days: LocalDay[] = [];
  for (let i = 0; i < count; i++) {
    const midnight = new Date(first);
    midnight.setUTCDate(midnight.getUTCDate() - margin + i);
    days.push({ key: localCalendarDate(midnight, 'UTC'), dayOfWeek: midnight.getUTCDay(), wall: midnight.getTime() });
  }
  return days;
}

/** Start/end minutes of every window open on `day`: none if blacked out, else weekly plus overrides. */
function windowsOn(availability: Availability, overridesByDate: Map<string, TimeWindow[]>, day: LocalDay): [number, number][] {
  if (availability.blackouts.some((b) => b.start <= day.key && day.key <= b.end)) return [];
  const windows: TimeWindow[] = availability.weekly.filter((w) => w.dayOfWeek === day.dayOfWeek);
  windows.push(...(overridesByDate.get(day.key) ?? []));
  return windows.map((w) => [clockToMinutes(w.start), clockToMinutes(w.end)]);
}

/**
 * Resolves the windows of `days` to instants, sorted by start. `dayStarts[i]` is the first instant of
 * `days[i]` (one extra entry closes the last day), used to tell which local day an instant falls on.
 */
function resolveWindows(availability: Availability, days: LocalDay[]): { spans: Span[]; dayStarts: number[] } {
  const zone = availability.timeZone;
  // Most days have no offset change anywhere near them; reading the offset once for the whole day keeps
  // the engine fast (two zone lookups a day instead of four per window edge).
  const toInstant = days.map((day) => {
    const steady = offsetAt(zone, day.wall - DAY);
    return steady === offsetAt(zone, day.wall + 2 * DAY)
      ? (minutes: number) => day.wall + (minutes - steady) * MINUTE
      : (minutes: number) => firstInstantAtOrAfter(zone, day.wall + minutes * MINUTE);
  });
  const dayStarts = toInstant.map((at) => at(0));
  dayStarts.push(toInstant[toInstant.length - 1]!(1440));
  const overridesByDate = new Map<string, TimeWindow[]>();
  for (const o of availability.overrides) overridesByDate.set(o.date, [...(overridesByDate.get(o.date) ?? []), ...o.windows]);
  const spans: Span[] = [];
  days.forEach((day, i) => {
    for (const [from, to] of windowsOn(availability, overridesByDate, day)) {
      const start = from === 0 ? dayStarts[i]! : toInstant[i]!(from);
      const end = to === 1440 ? dayStarts[i + 1]! : toInstant[i]!(to);
      // Empty when the whole window lies in an hour skipped by a spring-forward change.
      if (start < end) spans.push({ start, end, day: i });
    }
  });
  spans.sort((a, b) => a.start - b.start);
  return { spans, dayStarts };
}

/** Unions overlapping or touching intervals; input sorted by start, output disjoint and sorted. */
function mergeSorted<T extends { start: number; end: number }>(sorted: T[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Index of the first interval whose end is after `t` (intervals disjoint and sorted). */
function firstEndingAfter(intervals: { end: number }[], t: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]!.end > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last entry `<= t` in an ascending array (-1 if none). */
function lastAtOrBefore(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The UTC intervals during which the mentor is available within `range`, after overrides and blackouts,
 * merged where they overlap or touch and clipped to `range`. Used for "has open slots" style questions.
 *
 * @param availability - validated availability in the mentor's zone
 * @param range - UTC instants to look at
 * @returns disjoint intervals in ascending order
 * @example expandWindows(availability, { start: new Date('2026-03-08T00:00Z'), end: new Date('2026-03-15T00:00Z') })
 */
export function expandWindows(availability: Availability, range: InstantInterval): InstantInterval[] {
  const from = range.start.getTime();
  const to = range.end.getTime();
  if (!(from < to)) return [];
  const { spans } = resolveWindows(availability, localDays(availability.timeZone, from, to, 1));
  return mergeSorted(spans)
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end)
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}

/**
 * Open start instants for a session of `durationMinutes` (SPEC A4). A start `s` is open when:
 * `[s, s + duration)` lies within the mentor's availability (windows that touch or overlap join, so a
 * session may run from one into the next); `s` is on the slot-step grid counted from the start of a window
 * containing it; `[s - bufferBefore, s + duration + bufferAfter)` misses every busy interval; `s` is at or
 * after `now`, `now + minNotice` and `range.start`, and before `range.end` and the same local time
 * `horizonDays` calendar days after `now`; and the mentor's local day of `s` has fewer than
 * `maxSessionsPerDay` busy intervals starting on it. A duration not in `rules.durations` yields `[]`.
 *
 * @param query - availability, rules, busy time (the person's sessions as mentor and as mentee, with
 *   their buffers), the UTC range to search, the duration and the current instant
 * @returns unique UTC instants in ascending order
 * @example computeOpenSlots({ availability, rules, busy: [], range, durationMinutes: 30, now: new Date() })
 */
export function computeOpenSlots(query: OpenSlotsQuery): Date[] {
  const { availability, rules, busy, range, durationMinutes, now } = query;
  if (!rules.durations.includes(durationMinutes)) return [];
  const zone = availability.timeZone;
  const duration = durationMinutes * MINUTE;
  const step = rules.slotStepMinutes * MINUTE;
  const nowMs = now.getTime();
  // Horizon in calendar days on the mentor's clock, so it does not drift by an hour across DST.
  const horizon = addDays(new TZDate(nowMs, zone), rules.horizonDays).getTime();
  const lower = Math.max(range.start.getTime(), nowMs + rules.minNoticeMinutes * MINUTE, nowMs);
  const upper = Math.min(range.end.getTime(), horizon);
  if (!(lower < upper)) return [];

  // One extra day each side: a window of the previous day can reach past midnight in instants, and a
  // session starting late may run into the next day's window.
  const days = localDays(zone, lower, upper, 1);
  const { spans, dayStarts } = resolveWindows(availability, days);
  const available = mergeSorted(spans);
  const taken = mergeSorted(
    busy
      .map((b) => ({ start: b.start.getTime(), end: b.end.getTime() }))
      .filter((b) => b.start < b.end)
      .sort((a, b) => a.start - b.start),
  );
  // The daily limit is per day on the mentor's clock, so busy starts are binned by local day.
  const startsPerDay = new Array<number>(days.length).fill(0);
  for (const b of busy) {
    if (b.countsTowardDailyLimit === false) continue;
    const day = lastAtOrBefore(dayStarts, b.start.getTime());
    if (day >= 0 && day < days.length) startsPerDay[day]!++;
  }

  const before = rules.bufferBeforeMinutes * MINUTE;
  const after = rules.bufferAfterMinutes * MINUTE;
  const open = new Set<number>();
  for (const span of spans) {
    if (startsPerDay[span.day]! >= rules.maxSessionsPerDay) continue;
    const container = available[firstEndingAfter(available, span.start)]!;
    const first = span.start + Math.max(0, Math.ceil((lower - span.start) / step)) * step;
    const last = Math.min(span.end, upper, container.end - duration + 1);
    for (let s = first; s < last; s += step) {
      const clash = taken[firstEndingAfter(taken, s - before)];
      if (clash && clash.start < s + duration + after) continue;
      open.add(s);
    }
  }
  return [...open].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * Groups slots by calendar date in the viewer's zone, for day-by-day pickers in widgets.
 *
 * @param slots - UTC instants, in any order
 * @param timeZone - the viewer's IANA zone
 * @returns one group per date, dates and slots ascending
 * @example groupSlotsByLocalDate(slots, 'Asia/Kolkata') // [{ date: '2026-03-09', slots: [...] }, ...]
 */
export function groupSlotsByLocalDate(slots: readonly Date[], timeZone: string): SlotDateGroup[] {
  const groups: SlotDateGroup[] = [];
  for (const slot of [...slots].sort((a, b) => a.getTime() - b.getTime())) {
    const local = new TZDate(slot.getTime(), timeZone);
    const date = [local.getFullYear(), local.getMonth() + 1, local.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('-');
    const last = groups[groups.length - 1];
    if (last?.date === date) last.slots.push(slot);
    else groups.push({ date, slots: [slot] });
  }
  return groups;
}
