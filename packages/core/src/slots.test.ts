import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { computeOpenSlots, expandWindows, groupSlotsByLocalDate, type BusyInterval, type OpenSlotsQuery } from './slots.js';
import { availabilitySchema, type Availability, type AvailabilityInput } from './schemas/availability.js';
import type { BookingRules } from './schemas/booking-rules.js';

// ---------------------------------------------------------------------------------------------------------
// Helpers: expected instants are written out in UTC ("2026-03-08T06:00Z"), reasoned from the zone offsets.

type Row = [dayOfWeek: number, start: string, end: string];

const rules = (overrides: Partial<BookingRules> = {}): BookingRules => ({
  durations: [15, 30, 60],
  slotStepMinutes: 30,
  minNoticeMinutes: 0,
  horizonDays: 365,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  maxSessionsPerDay: 24,
  ...overrides,
});

const availability = (timeZone: string, weekly: Row[], rest: Partial<AvailabilityInput> = {}): Availability =>
  availabilitySchema.parse({
    timeZone,
    weekly: weekly.map(([dayOfWeek, start, end]) => ({ dayOfWeek, start, end })),
    ...rest,
  });

const busy = (start: string, end: string, extra: Partial<BusyInterval> = {}): BusyInterval => ({
  start: new Date(start),
  end: new Date(end),
  ...extra,
});

/** Runs the engine with permissive defaults and returns ISO strings, easy to compare and to read. */
function open(query: Partial<OpenSlotsQuery> & { availability: Availability; from: string; to: string }): string[] {
  const { from, to, ...rest } = query;
  return computeOpenSlots({
    rules: rules(),
    busy: [],
    durationMinutes: 30,
    now: new Date('2026-01-01T00:00Z'),
    range: { start: new Date(from), end: new Date(to) },
    ...rest,
  }).map((d) => d.toISOString());
}

const utc = (...instants: string[]) => instants.map((i) => new Date(i).toISOString());

// ---------------------------------------------------------------------------------------------------------

describe('computeOpenSlots across DST changes in the mentor zone', () => {
  it('New York: the same 09:00 is 14:00Z before and 13:00Z after the March change', () => {
    const a = availability('America/New_York', [
      [5, '09:00', '10:00'],
      [1, '09:00', '10:00'],
    ]);
    const got = open({ availability: a, durationMinutes: 60, from: '2026-03-06T00:00Z', to: '2026-03-10T00:00Z' });
    assert.deepEqual(got, utc('2026-03-06T14:00Z', '2026-03-09T13:00Z'));
  });

  it('New York spring forward (Mar 8): a window over the missing hour yields the real instants', () => {
    // 01:00 EST = 06:00Z; clocks jump 02:00 EST → 03:00 EDT at 07:00Z; 04:00 EDT = 08:00Z: two real hours.
    const a = availability('America/New_York', [[0, '01:00', '04:00']]);
    const got = open({ availability: a, from: '2026-03-08T00:00Z', to: '2026-03-09T00:00Z' });
    assert.deepEqual(got, utc('2026-03-08T06:00Z', '2026-03-08T06:30Z', '2026-03-08T07:00Z', '2026-03-08T07:30Z'));
  });

  it('New York spring forward: a window starting inside the gap starts at the jump; one wholly inside is empty', () => {
    const partly = availability('America/New_York', [[0, '02:30', '04:00']]);
    assert.deepEqual(
      open({ availability: partly, from: '2026-03-08T00:00Z', to: '2026-03-09T00:00Z' }),
      utc('2026-03-08T07:00Z', '2026-03-08T07:30Z'),
    );
    const inside = availability('America/New_York', [[0, '02:00', '02:45']]);
    assert.deepEqual(open({ availability: inside, durationMinutes: 15, from: '2026-03-08T00:00Z', to: '2026-03-09T00:00Z' }), []);
  });

  it('New York fall back (Nov 1): the repeated hour is offered once per real instant, no duplicates', () => {
    // 00:00 EDT = 04:00Z … 01:59 EDT, then 01:00 EST = 06:00Z … 03:00 EST = 08:00Z: four real hours.
    const a = availability('America/New_York', [[0, '00:00', '03:00']]);
    const got = open({ availability: a, durationMinutes: 60, from: '2026-11-01T00:00Z', to: '2026-11-02T00:00Z' });
    assert.deepEqual(
      got,
      utc(
        '2026-11-01T04:00Z',
        '2026-11-01T04:30Z',
        '2026-11-01T05:00Z',
        '2026-11-01T05:30Z',
        '2026-11-01T06:00Z',
        '2026-11-01T06:30Z',
        '2026-11-01T07:00Z',
      ),
    );
  });

  it('New York fall back: a window inside the repeated hour means its first occurrence', () => {
    const a = availability('America/New_York', [[0, '01:00', '01:30']]);
    assert.deepEqual(open({ availability: a, from: '2026-11-01T00:00Z', to: '2026-11-02T00:00Z' }), utc('2026-11-01T05:00Z'));
  });

  it('London spring forward (Mar 29): 00:30–02:30 is one real hour; 09:00 moves from 09:00Z to 08:00Z', () => {
    const a = availability('Europe/London', [
      [0, '00:30', '02:30'],
      [5, '09:00', '09:30'],
      [1, '09:00', '09:30'],
    ]);
    const got = open({ availability: a, from: '2026-03-27T00:00Z', to: '2026-03-31T00:00Z' });
    assert.deepEqual(got, utc('2026-03-27T09:00Z', '2026-03-29T00:30Z', '2026-03-29T01:00Z', '2026-03-30T08:00Z'));
  });

  it('London fall back (Oct 25): 00:30–02:00 is two and a half real hours', () => {
    // 00:30 BST = 23:30Z (Oct 24); clocks go 02:00 BST → 01:00 GMT at 01:00Z; 02:00 GMT = 02:00Z.
    const a = availability('Europe/London', [[0, '00:30', '02:00']]);
    const got = open({ availability: a, from: '2026-10-24T00:00Z', to: '2026-10-26T00:00Z' });
    assert.deepEqual(got, utc('2026-10-24T23:30Z', '2026-10-25T00:00Z', '2026-10-25T00:30Z', '2026-10-25T01:00Z', '2026-10-25T01:30Z'));
  });

  it('Lord Howe (30-minute shift) fall back on Apr 5: 01:00–03:00 is two and a half real hours', () => {
    // 01:00 +11:00 = 14:00Z (Apr 4); 02:00 +11:00 → 01:30 +10:30 at 15:00Z; 03:00 +10:30 = 16:30Z.
    const a = availability('Australia/Lord_Howe', [[0, '01:00', '03:00']]);
    const got = open({ availability: a, from: '2026-04-04T00:00Z', to: '2026-04-05T12:00Z' });
    assert.deepEqual(got, utc('2026-04-04T14:00Z', '2026-04-04T14:30Z', '2026-04-04T15:00Z', '2026-04-04T15:30Z', '2026-04-04T16:00Z'));
  });

  it('Lord Howe spring forward on Oct 4: the skipped 02:00–02:30 is never offered', () => {
    // 01:00 +10:30 = 14:30Z (Oct 3); 02:00 +10:30 → 02:30 +11:00 at 15:30Z; 04:00 +11:00 = 17:00Z.
    const a = availability('Australia/Lord_Howe', [[0, '01:00', '04:00']]);
    const got = open({ availability: a, from: '2026-10-03T00:00Z', to: '2026-10-04T12:00Z' });
    assert.deepEqual(got, utc('2026-10-03T14:30Z', '2026-10-03T15:00Z', '2026-10-03T15:30Z', '2026-10-03T16:00Z', '2026-10-03T16:30Z'));
    const gap = availability('Australia/Lord_Howe', [[0, '02:15', '03:00']]);
    assert.deepEqual(
      open({
        availability: gap,
        durationMinutes: 15,
        rules: rules({ slotStepMinutes: 15 }),
        from: '2026-10-03T00:00Z',
        to: '2026-10-04T12:00Z',
      }),
      utc('2026-10-03T15:30Z', '2026-10-03T15:45Z'),
    );
  });

  it('Lord Howe: 09:00 is 22:00Z in daylight time and 22:30Z in standard time', () => {
    const a = availability('Australia/Lord_Howe', [[3, '09:00', '09:30']]);
    const got = open({ availability: a, from: '2026-03-30T00:00Z', to: '2026-04-09T00:00Z' });
    assert.deepEqual(got, utc('2026-03-31T22:00Z', '2026-04-07T22:30Z'));
  });
});

describe('expandWindows', () => {
  it('returns the real UTC intervals, merged and clipped to the range', () => {
    const a = availability('America/New_York', [
      [0, '01:00', '04:00'],
      [1, '09:00', '12:00'],
      [1, '12:00', '13:00'],
    ]);
    const got = expandWindows(a, { start: new Date('2026-03-08T00:00Z'), end: new Date('2026-03-09T15:00Z') });
    assert.deepEqual(
      got.map((i) => [i.start.toISOString(), i.end.toISOString()]),
      [utc('2026-03-08T06:00Z', '2026-03-08T08:00Z'), utc('2026-03-09T13:00Z', '2026-03-09T15:00Z')],
    );
  });

  it('is empty for an empty range', () => {
    const a = availability('UTC', [[1, '09:00', '12:00']]);
    assert.deepEqual(expandWindows(a, { start: new Date('2026-03-09T12:00Z'), end: new Date('2026-03-09T12:00Z') }), []);
  });
});

describe('viewer time zone', () => {
  it('groups a Los Angeles mentor’s slots by the Kolkata viewer’s dates (+05:30)', () => {
    // Mon Mar 9, 09:00–13:00 PDT = 16:00Z–20:00Z; midnight in Kolkata is 18:30Z.
    const a = availability('America/Los_Angeles', [[1, '09:00', '13:00']]);
    const slots = computeOpenSlots({
      availability: a,
      rules: rules(),
      busy: [],
      range: { start: new Date('2026-03-09T00:00Z'), end: new Date('2026-03-10T00:00Z') },
      durationMinutes: 60,
      now: new Date('2026-03-01T00:00Z'),
    });
    const groups = groupSlotsByLocalDate(slots.toReversed(), 'Asia/Kolkata');
    assert.deepEqual(
      groups.map((g) => ({ date: g.date, slots: g.slots.map((s) => s.toISOString()) })),
      [
        {
          date: '2026-03-09',
          slots: utc('2026-03-09T16:00Z', '2026-03-09T16:30Z', '2026-03-09T17:00Z', '2026-03-09T17:30Z', '2026-03-09T18:00Z'),
        },
        { date: '2026-03-10', slots: utc('2026-03-09T18:30Z', '2026-03-09T19:00Z') },
      ],
    );
  });
});

describe('busy time, notice, horizon and the past', () => {
  const weekdays = availability(
    'UTC',
    [1, 2, 3, 4, 5].map((d): Row => [d, '09:00', '17:00']),
  );

  it('keeps buffers clear of overlapping busy intervals; touching is fine', () => {
    const got = open({
      availability: weekdays,
      durationMinutes: 60,
      rules: rules({ bufferBeforeMinutes: 15, bufferAfterMinutes: 30 }),
      busy: [busy('2026-03-09T11:00Z', '2026-03-09T12:00Z'), busy('2026-03-09T11:30Z', '2026-03-09T12:30Z')],
      from: '2026-03-09T00:00Z',
      to: '2026-03-10T00:00Z',
    });
    // Open iff s + 90 min <= 11:00 or s - 15 min >= 12:30, and s + 60 min <= 17:00.
    assert.deepEqual(
      got,
      utc(
        '2026-03-09T09:00Z',
        '2026-03-09T09:30Z',
        '2026-03-09T13:00Z',
        '2026-03-09T13:30Z',
        '2026-03-09T14:00Z',
        '2026-03-09T14:30Z',
        '2026-03-09T15:00Z',
        '2026-03-09T15:30Z',
        '2026-03-09T16:00Z',
      ),
    );
  });

  it('honours minimum notice and never offers the past', () => {
    const from = '2026-03-09T00:00Z';
    const to = '2026-03-09T12:00Z';
    const withNotice = open({
      availability: weekdays,
      now: new Date('2026-03-09T08:10Z'),
      rules: rules({ minNoticeMinutes: 120 }),
      from,
      to,
    });
    assert.deepEqual(withNotice, utc('2026-03-09T10:30Z', '2026-03-09T11:00Z', '2026-03-09T11:30Z'));
    const noNotice = open({ availability: weekdays, now: new Date('2026-03-09T10:10Z'), from, to });
    assert.deepEqual(noNotice, utc('2026-03-09T10:30Z', '2026-03-09T11:00Z', '2026-03-09T11:30Z'));
  });

  it('stops at the horizon, counted in calendar days on the mentor’s clock (across DST)', () => {
    // now = Sat Mar 7 10:00 EST; one day later is Sun Mar 8 10:00 EDT = 14:00Z (23 real hours later).
    const daily = availability(
      'America/New_York',
      [0, 1, 2, 3, 4, 5, 6].map((d): Row => [d, '09:00', '12:00']),
    );
    const got = open({
      availability: daily,
      durationMinutes: 60,
      now: new Date('2026-03-07T15:00Z'),
      rules: rules({ horizonDays: 1 }),
      from: '2026-03-01T00:00Z',
      to: '2026-03-12T00:00Z',
    });
    assert.deepEqual(got, utc('2026-03-07T15:00Z', '2026-03-07T15:30Z', '2026-03-07T16:00Z', '2026-03-08T13:00Z', '2026-03-08T13:30Z'));
  });

  it('only returns starts inside the requested range', () => {
    const got = open({ availability: weekdays, durationMinutes: 60, from: '2026-03-09T15:00Z', to: '2026-03-09T16:00Z' });
    assert.deepEqual(got, utc('2026-03-09T15:00Z', '2026-03-09T15:30Z'));
  });
});

describe('daily limit, overrides and blackouts', () => {
  it('drops every slot of a mentor-local day that already has the maximum number of sessions', () => {
    const a = availability('America/New_York', [
      [1, '09:00', '11:00'],
      [2, '09:00', '11:00'],
    ]);
    const got = open({
      availability: a,
      durationMinutes: 60,
      rules: rules({ maxSessionsPerDay: 2 }),
      busy: [
        busy('2026-03-09T17:00Z', '2026-03-09T17:30Z'),
        busy('2026-03-10T03:00Z', '2026-03-10T03:30Z'), // 23:00 on Monday in New York
        busy('2026-03-10T18:00Z', '2026-03-10T18:30Z'),
        busy('2026-03-10T19:00Z', '2026-03-10T19:30Z', { countsTowardDailyLimit: false }),
      ],
      from: '2026-03-09T00:00Z',
      to: '2026-03-11T00:00Z',
    });
    assert.deepEqual(got, utc('2026-03-10T13:00Z', '2026-03-10T13:30Z', '2026-03-10T14:00Z'));
  });

  it('adds override windows, joins touching windows, and lets blackouts win over both', () => {
    const a = availability('UTC', [[1, '09:00', '12:00']], {
      overrides: [
        { date: '2026-03-09', windows: [{ start: '14:00', end: '15:00' }] },
        { date: '2026-03-14', windows: [{ start: '10:00', end: '11:00' }] },
        { date: '2026-03-16', windows: [{ start: '12:00', end: '13:00' }] },
      ],
      blackouts: [{ start: '2026-03-09', end: '2026-03-09' }],
    });
    const got = open({ availability: a, durationMinutes: 60, from: '2026-03-09T00:00Z', to: '2026-03-17T00:00Z' });
    assert.deepEqual(
      got,
      utc(
        '2026-03-14T10:00Z',
        '2026-03-16T09:00Z',
        '2026-03-16T09:30Z',
        '2026-03-16T10:00Z',
        '2026-03-16T10:30Z',
        '2026-03-16T11:00Z',
        '2026-03-16T11:30Z',
        '2026-03-16T12:00Z',
      ),
    );
  });

  it('returns [] for a duration the mentor does not offer', () => {
    const a = availability('UTC', [[1, '09:00', '12:00']]);
    assert.deepEqual(open({ availability: a, durationMinutes: 45, from: '2026-03-09T00:00Z', to: '2026-03-10T00:00Z' }), []);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties. The oracle reads wall-clock time only through Intl (never the engine's helpers) and states
// the rules directly: a window [a, b) on local date D is the time from the first moment the mentor's
// clock shows D a (or later) to the first moment it shows D b. Everything here sits on a 5-minute grid:
// window edges are multiples of 5 minutes and these zones' offsets and transitions are multiples of 15.

const STEP = 5 * 60_000;
/** Zones with a date near which to test: their 2026 DST changes (all on Sundays), or any date. */
const zoneDates: [zone: string, date: string][] = [
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['Europe/London', '2026-03-29'],
  ['Europe/London', '2026-10-25'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['America/St_Johns', '2026-03-08'],
  ['America/St_Johns', '2026-11-01'],
  ['UTC', '2026-03-08'],
  ['Asia/Kolkata', '2026-10-25'],
  ['Asia/Kathmandu', '2026-06-14'],
];

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
/** Local wall-clock time of an instant, as minutes since 1970-01-01T00:00 on that clock. */
function wallMinutes(zone: string, instant: number): number {
  let f = wallFormatters.get(zone);
  if (!f) {
    const opts = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' } as const;
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...opts });
    wallFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) / 60_000;
}

/** Every window as grid-index intervals [from, to), where index i is the instant base + i·5 min. */
function oracleWindows(a: Availability, walls: number[]): { from: number; to: number }[] {
  const reached: number[] = [];
  walls.forEach((w, i) => reached.push(Math.max(w, reached[i - 1] ?? -Infinity)));
  const firstReaching = (wall: number) => reached.findIndex((r) => r >= wall);
  const windows: { from: number; to: number }[] = [];
  for (let day = Math.floor(walls[0]! / 1440); day <= Math.floor(walls[walls.length - 1]! / 1440); day++) {
    const date = new Date(day * 86_400_000);
    const key = date.toISOString().slice(0, 10);
    if (a.blackouts.some((b) => b.start <= key && key <= b.end)) continue;
    const list = [
      ...a.weekly.filter((w) => w.dayOfWeek === date.getUTCDay()),
      ...a.overrides.filter((o) => o.date === key).flatMap((o) => o.windows),
    ];
    for (const w of list) {
      const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const from = firstReaching(day * 1440 + minutes(w.start));
      const to = firstReaching(day * 1440 + minutes(w.end));
      if (from >= 0 && to > from) windows.push({ from, to });
    }
  }
  return windows;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
// In 5-minute units. Starts lean towards 00:00–04:00, where every DST change in these zones happens;
// whole hours make touching windows (which must join) common.
const windowArb = fc
  .oneof(
    fc.record({ start: fc.integer({ min: 0, max: 48 }), length: fc.integer({ min: 1, max: 72 }) }),
    fc.record({ start: fc.integer({ min: 0, max: 287 }), length: fc.integer({ min: 1, max: 144 }) }),
    fc.record({ start: fc.integer({ min: 0, max: 23 }).map((h) => h * 12), length: fc.integer({ min: 1, max: 6 }).map((h) => h * 12) }),
  )
  .map(({ start, length }) => ({ start: hhmm(start * 5), end: hhmm(Math.min(288, start + length) * 5) }));

const scenarioArb = fc
  .record({
    zoneDate: fc.constantFrom(...zoneDates),
    // DST changes in 2026 fall on Sundays (day 0), so Sunday windows are drawn more often.
    weekly: fc.array(fc.record({ dayOfWeek: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), w: windowArb }), { maxLength: 6 }),
    overrides: fc.array(fc.record({ day: fc.integer({ min: -2, max: 3 }), windows: fc.array(windowArb, { minLength: 1, maxLength: 2 }) }), {
      maxLength: 2,
    }),
    blackouts: fc.array(fc.record({ day: fc.integer({ min: -2, max: 3 }), length: fc.integer({ min: 0, max: 1 }) }), { maxLength: 1 }),
    rules: fc.record({
      durations: fc.subarray([15, 30, 45, 60, 90, 120], { minLength: 1 }),
      slotStepMinutes: fc.constantFrom(15 as const, 30 as const),
      minNoticeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3000 })),
      horizonDays: fc.integer({ min: 1, max: 6 }),
      bufferBeforeMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      bufferAfterMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      maxSessionsPerDay: fc.integer({ min: 1, max: 3 }),
    }),
    duration: fc.constantFrom(15, 30, 45, 60, 90, 120),
    // Ranges around the anchor date (a DST change in most zones); `now` usually before the range.
    rangeStartMinutes: fc.integer({ min: -1440, max: 360 }),
    rangeLengthMinutes: fc.integer({ min: 60, max: 3 * 1440 }),
    nowMs: fc.oneof(fc.integer({ min: -3 * 86_400_000, max: -86_400_000 }), fc.integer({ min: -3 * 86_400_000, max: 2 * 86_400_000 })),
    busy: fc.array(
      fc.record({
        at: fc.integer({ min: -288, max: 3 * 288 }),
        length: fc.integer({ min: 1, max: 48 }),
        counts: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
  })
  .map((s) => {
    const [zone, date] = s.zoneDate;
    const anchor = Date.parse(`${date}T00:00:00Z`);
    const dateKey = (day: number) => new Date(anchor + day * 86_400_000).toISOString().slice(0, 10);
    const availability = availabilitySchema.parse({
      timeZone: zone,
      weekly: s.weekly.map(({ dayOfWeek, w }) => ({ dayOfWeek, ...w })),
      overrides: s.overrides.map((o) => ({ date: dateKey(o.day), windows: o.windows })),
      blackouts: s.blackouts.map((b) => ({ start: dateKey(b.day), end: dateKey(b.day + b.length) })),
    });
    const rangeStart = anchor + s.rangeStartMinutes * 60_000;
    const query: OpenSlotsQuery = {
      availability,
      rules: s.rules,
      busy: s.busy.map((b) => ({
        start: new Date(anchor + b.at * STEP),
        end: new Date(anchor + (b.at + b.length) * STEP),
        ...(b.counts === undefined ? {} : { countsTowardDailyLimit: b.counts }),
      })),
      range: { start: new Date(rangeStart), end: new Date(rangeStart + s.rangeLengthMinutes * 60_000) },
      durationMinutes: s.duration,
      now: new Date(anchor + s.nowMs),
    };
    return query;
  });

/** Every start the rules allow, computed the slow and obvious way, plus a per-slot explanation. */
function oracle(q: OpenSlotsQuery): { expected: number[]; why: (s: number) => string | undefined } {
  const zone = q.availability.timeZone;
  const base = Math.floor(q.range.start.getTime() / STEP) * STEP - 36 * 3_600_000;
  const count = Math.ceil((q.range.end.getTime() + 36 * 3_600_000 - base) / STEP);
  const walls = Array.from({ length: count }, (_, i) => wallMinutes(zone, base + i * STEP));
  const windows = oracleWindows(q.availability, walls);
  const covered = new Array<boolean>(count).fill(false);
  for (const w of windows) covered.fill(true, w.from, w.to);
  const localDay = (t: number) => Math.floor(wallMinutes(zone, t) / 1440);
  const counted = q.busy.filter((b) => b.countsTowardDailyLimit !== false).map((b) => localDay(b.start.getTime()));
  const now = q.now.getTime();
  const horizon = addDays(new TZDate(now, zone), q.rules.horizonDays).getTime();
  const stepIdx = q.rules.slotStepMinutes / 5;
  const durIdx = q.durationMinutes / 5;
  const why = (s: number): string | undefined => {
    const i = (s - base) / STEP;
    if (!Number.isInteger(i) || i < 0 || i + durIdx > count) return 'off the oracle grid';
    if (!q.rules.durations.includes(q.durationMinutes)) return 'duration not offered';
    if (!windows.some((w) => w.from <= i && i < w.to && (i - w.from) % stepIdx === 0)) return 'not on a window step grid';
    if (covered.slice(i, i + durIdx).some((c) => !c)) return 'not inside availability';
    if (s < now || s < now + q.rules.minNoticeMinutes * 60_000) return 'before now + notice';
    if (s >= horizon) return 'beyond horizon';
    if (s < q.range.start.getTime() || s >= q.range.end.getTime()) return 'outside range';
    const from = s - q.rules.bufferBeforeMinutes * 60_000;
    const to = s + (q.durationMinutes + q.rules.bufferAfterMinutes) * 60_000;
    if (q.busy.some((b) => b.start < b.end && b.start.getTime() < to && b.end.getTime() > from)) return 'clashes with busy time';
    if (counted.filter((d) => d === localDay(s)).length >= q.rules.maxSessionsPerDay) return 'day is full';
    return undefined;
  };
  const candidates = new Set<number>();
  for (const w of windows) for (let i = w.from; i < w.to; i += stepIdx) candidates.add(base + i * STEP);
  const expected = [...candidates].filter((s) => why(s) === undefined).sort((a, b) => a - b);
  return { expected, why };
}

describe('computeOpenSlots properties', () => {
  it('offers exactly the starts that satisfy every rule, sorted and unique', () => {
    fc.assert(
      fc.property(scenarioArb, (q) => {
        const got = computeOpenSlots(q).map((d) => d.getTime());
        for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]! < got[i]!, 'sorted and unique');
        const { expected, why } = oracle(q);
        for (const s of got) assert.equal(why(s), undefined, `offered ${new Date(s).toISOString()}`);
        assert.deepEqual(
          got.map((t) => new Date(t).toISOString()),
          expected.map((t) => new Date(t).toISOString()),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('expandWindows covers exactly the oracle’s available time', () => {
    fc.assert(
      fc.property(scenarioArb, (q) => {
        const zone = q.availability.timeZone;
        const got = expandWindows(q.availability, q.range);
        const base = Math.floor(q.range.start.getTime() / STEP) * STEP - 36 * 3_600_000;
        const count = Math.ceil((q.range.end.getTime() + 36 * 3_600_000 - base) / STEP);
        const walls = Array.from({ length: count }, (_, i) => wallMinutes(zone, base + i * STEP));
        const covered = new Array<boolean>(count).fill(false);
        for (const w of oracleWindows(q.availability, walls)) covered.fill(true, w.from, w.to);
        for (let i = 0; i < count; i++) {
          const t = base + i * STEP;
          if (t < q.range.start.getTime() || t + STEP > q.range.end.getTime()) continue;
          const inGot = got.some((g) => g.start.getTime() <= t && t < g.end.getTime());
          assert.equal(inGot, covered[i], `at ${new Date(t).toISOString()}`);
        }
        for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.end < got[i]!.start, 'disjoint, sorted, merged');
      }),
      { numRuns: 100 },
    );
  });
});
