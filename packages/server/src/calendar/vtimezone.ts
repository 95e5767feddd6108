import { wallClock } from '@mentorkit/core';

/**
 * VTIMEZONE components computed from this runtime's own time-zone data (Intl / ICU), so an invitation's
 * zone rules always agree with how the service computed the times. Packaged VTIMEZONE files go stale
 * (the common one still has daylight saving time in São Paulo, abolished in 2019). Instead of RRULEs,
 * which cannot describe rule changes, each observance is one explicit transition inside the span the
 * calendar needs — valid RFC 5545 that Google, Outlook and Apple read.
 */

const HOUR = 3_600_000;

/** The zone's UTC offset in minutes at `instant` (e.g. 120 for Madrid in summer). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  return wallClock(instant, zone).offsetMinutes;
}

/** The zone's short name at `instant` ("EST", "GMT+2"); ICS TZNAME is informational. */
function zoneName(zone: string, instant: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/**
 * Whether the wall-clock time of `instant` in `zone` happens twice (the hour repeated when clocks go
 * back). Such a local time cannot name one instant — RFC 5545 says the first, some parsers take the
 * second — so those events are written in UTC instead.
 */
export function isAmbiguousLocalTime(zone: string, instant: number): boolean {
  const own = zoneOffsetMinutes(zone, instant);
  for (const other of new Set([zoneOffsetMinutes(zone, instant - 3 * HOUR), zoneOffsetMinutes(zone, instant + 3 * HOUR)])) {
    if (other === own) continue;
    const twin = instant + (own - other) * 60_000;
    if (zoneOffsetMinutes(zone, twin) === other) return true;
  }
  return false;
}

export interface ZoneTransition {
  /** The first instant with the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every offset change in `[from, to]`, to the minute (scans by 6 hours, then bisects). */
export function zoneTransitions(zone: string, from: number, to: number): ZoneTransition[] {
  const step = 6 * HOUR;
  const transitions: ZoneTransition[] = [];
  let previous = zoneOffsetMinutes(zone, from);
  for (let t = from + step; t < to + step; t += step) {
    const current = zoneOffsetMinutes(zone, t);
    if (current === previous) continue;
    let lo = t - step; // offset `previous` here
    let hi = t; // offset `current` here
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
      if (zoneOffsetMinutes(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({ at: hi, from: previous, to: current });
    previous = current;
  }
  return transitions;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Local wall time as `YYYYMMDDTHHMMSS` for an instant seen with `offsetMinutes`. */
function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/**
 * A `BEGIN:VTIMEZONE … END:VTIMEZONE` block for `zone` covering `[from, to]` (padded by a year on each
 * side, so recurring viewers and late updates stay inside it). Lines end in CRLF.
 */
export function vtimezone(zone: string, from: Date, to: Date): string {
  const start = from.getTime() - 366 * 24 * HOUR;
  const end = to.getTime() + 366 * 24 * HOUR;
  const transitions = zoneTransitions(zone, start, end);
  const offsets = [zoneOffsetMinutes(zone, start), ...transitions.map((t) => t.to)];
  const standardOffset = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const observance = (at: number, fromOffset: number, toOffset: number) => {
    const kind = toOffset > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, fromOffset)}`,
      `TZOFFSETFROM:${offsetText(fromOffset)}`,
      `TZOFFSETTO:${offsetText(toOffset)}`,
      `TZNAME:${zoneName(zone, at)}`,
      `END:${kind}`,
    );
  };
  observance(start, offsets[0]!, offsets[0]!);
  for (const t of transitions) observance(t.at, t.from, t.to);
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
