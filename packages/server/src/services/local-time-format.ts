/**
 * Renders instants on a zone's clock as `2026-03-09T18:30:00+05:30` and `2026-03-09`. One
 * `Intl.DateTimeFormat` per zone is built once and reused: building one costs far more than formatting.
 */
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

/** `{ local, date }` of `instant` on `timeZone`'s clock. */
export function localRendering(instant: Date, timeZone: string): { local: string; date: string } {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = parts.year!.padStart(4, '0');
  // "GMT+05:30", "GMT-04:00", or just "GMT" at offset zero.
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice(3);
  const date = `${year}-${parts.month}-${parts.day}`;
  return { local: `${date}T${parts.hour}:${parts.minute}:${parts.second}${offset}`, date };
}
