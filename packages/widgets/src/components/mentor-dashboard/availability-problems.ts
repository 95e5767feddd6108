import type { AvailabilityDraft } from './availability-draft.js';

/**
 * What can be wrong with one input of the availability form, as a key of `availabilityStrings`.
 * Fields are named `<row key>:<start|end|date>` for rows, `durations`, `zone`, or a rule input's id.
 */
export type AvailabilityProblem =
  'timeRequired' | 'timeOffGrid' | 'endBeforeStart' | 'dateRequired' | 'lastDayBeforeFirst' | 'durationsRequired';

/** The name of one row input (what `aria-invalid` and the message next to it are keyed by). */
export function rowField(key: number, input: 'start' | 'end' | 'date'): string {
  return `${key}:${input}`;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const isClock = (t: string) => /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(t);

/**
 * Every problem the member can fix before saving, field by field (the same rules as the service's
 * schema in core: a 5-minute grid, start before end, real dates, at least one length). Checking here
 * means a broken form is never sent and each message sits next to its input.
 */
export function availabilityProblems(draft: AvailabilityDraft): Map<string, AvailabilityProblem> {
  const problems = new Map<string, AvailabilityProblem>();
  for (const row of [...draft.weekly, ...draft.overrides]) {
    if (row.date !== undefined && !row.date) problems.set(rowField(row.key, 'date'), 'dateRequired');
    if (!row.start) problems.set(rowField(row.key, 'start'), 'timeRequired');
    else if (!isClock(row.start) || minutes(row.start) % 5 !== 0) problems.set(rowField(row.key, 'start'), 'timeOffGrid');
    if (!row.end) problems.set(rowField(row.key, 'end'), 'timeRequired');
    else if (!isClock(row.end) || minutes(row.end) % 5 !== 0) problems.set(rowField(row.key, 'end'), 'timeOffGrid');
    // An end of "00:00" means midnight at the end of the day (the input cannot show "24:00").
    else if (row.start && isClock(row.start) && row.end !== '00:00' && minutes(row.start) >= minutes(row.end))
      problems.set(rowField(row.key, 'end'), 'endBeforeStart');
  }
  for (const b of draft.blackouts) {
    if (!b.start) problems.set(rowField(b.key, 'start'), 'dateRequired');
    if (!b.end) problems.set(rowField(b.key, 'end'), 'dateRequired');
    else if (b.start && b.end < b.start) problems.set(rowField(b.key, 'end'), 'lastDayBeforeFirst');
  }
  if (!draft.useCommunityRules && draft.rules.durations.length === 0) problems.set('durations', 'durationsRequired');
  return problems;
}

const ruleInputs: Record<string, string> = {
  durations: 'durations',
  slotStepMinutes: 'step',
  minNoticeMinutes: 'notice',
  horizonDays: 'horizon',
  bufferBeforeMinutes: 'buffer-before',
  bufferAfterMinutes: 'buffer-after',
  maxSessionsPerDay: 'max-per-day',
};

/**
 * The form field a service error's `path` (from `details`) is about, or undefined when it names no
 * single input. Paths follow the request body `inputFrom(draft)` builds: weekly rows in draft order,
 * overrides grouped by date in order of first appearance, blackouts in draft order.
 */
export function fieldForServerPath(draft: AvailabilityDraft, path: string): string | undefined {
  const parts = path.split('.');
  if (parts[0] === 'bookingRules') return parts[1] ? ruleInputs[parts[1]] : undefined;
  if (parts[0] !== 'availability') return undefined;
  const [, list, index, ...rest] = parts;
  if (list === 'timeZone') return 'zone';
  const input = (name: string | undefined) => (name === 'end' ? 'end' : name === 'date' ? 'date' : 'start');
  const i = Number(index);
  if (list === 'weekly' || list === 'blackouts') {
    const row = draft[list][i];
    return row ? rowField(row.key, input(rest[0])) : undefined;
  }
  if (list === 'overrides') {
    const dates = [...new Set(draft.overrides.map((r) => r.date))];
    const rows = draft.overrides.filter((r) => r.date === dates[i]);
    if (rest[0] === 'windows' && rest[1] !== undefined) {
      const row = rows[Number(rest[1])];
      return row ? rowField(row.key, input(rest[2])) : undefined;
    }
    return rows[0] ? rowField(rows[0].key, 'date') : undefined;
  }
  return undefined;
}
