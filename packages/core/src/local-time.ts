// How an instant reads on a zone's clock, written once for the service, the slot engine and the widgets.
// Pure (Intl only, no zod): browsers import it too.

/** The reading of an instant on a zone's wall clock; `offsetMinutes` is the zone's UTC offset then (e.g. 330 for Kolkata). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
  /** The offset as ISO 8601 writes it: `+05:30`, `-04:00`, `+00:00`. */
  offset: string;
}

/** One `Intl.DateTimeFormat` per zone, built once: building one costs far more than formatting with it. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    if (formats.size > 1000) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `instant` on `timeZone`'s clock.
 * @example wallClock(new Date('2026-03-09T13:00:00Z'), 'Asia/Kolkata') // { year: 2026, month: 3, day: 9, hour: 18, minute: 30, …, offset: '+05:30' }
 */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const [year, month, day, hour, minute, second] = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(
    Number,
  ) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0–99 to 1900–1999; nothing here books that far back, so the plain form is kept.
  const offsetMinutes = Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
  // "GMT+05:30", "GMT-04:00", or just "GMT" at offset zero.
  const offset = parts.timeZoneName === 'GMT' || !parts.timeZoneName ? '+00:00' : parts.timeZoneName.slice(3);
  return { year, month, day, hour, minute, second, offsetMinutes, offset };
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in a zone: the one way every part of MentorKit
 * tells "which day" (daily session limits, dashboard weeks, slot days, the availability editor's today).
 * @example localCalendarDate(new Date('2026-03-09T02:00:00Z'), 'America/New_York') // '2026-03-08'
 */
export function localCalendarDate(instant: Date | number, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * `{ local, date }` of `instant` on `timeZone`'s clock: `2026-03-09T18:30:00+05:30` and `2026-03-09`, as
 * the slot answers show them.
 */
export function localDateTime(instant: Date | number, timeZone: string): { local: string; date: string } {
  const c = wallClock(instant, timeZone);
  const date = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
  return { local: `${date}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${c.offset}`, date };
}
