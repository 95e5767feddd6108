import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  availabilitySchema,
  blackoutSchema,
  clockTimeSchema,
  clockToMinutes,
  dateOverrideSchema,
  localDateSchema,
  weeklyWindowSchema,
} from './schemas/availability.js';

/** The messages of a failed parse, keyed by dotted path, so tests can assert what a user would read. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  assert.equal(result.success, false, 'expected validation to fail');
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

const valid = {
  timeZone: 'Europe/Madrid',
  weekly: [{ dayOfWeek: 1, start: '09:00', end: '12:30' }],
  overrides: [{ date: '2026-03-14', windows: [{ start: '10:00', end: '24:00' }] }],
  blackouts: [{ start: '2026-08-01', end: '2026-08-15' }],
};

describe('availabilitySchema', () => {
  it('accepts a complete availability and defaults overrides and blackouts to []', () => {
    assert.deepEqual(availabilitySchema.parse(valid), valid);
    const minimal = availabilitySchema.parse({ timeZone: 'UTC', weekly: [] });
    assert.deepEqual(minimal, { timeZone: 'UTC', weekly: [], overrides: [], blackouts: [] });
  });

  it('refuses an unknown time zone with an example of a good one', () => {
    const got = problems(availabilitySchema.safeParse({ ...valid, timeZone: 'Mars/Olympus' }));
    assert.deepEqual(got, ['timeZone: Expected an IANA time zone like "Europe/Madrid"']);
  });

  it('refuses unknown fields, so typos surface', () => {
    const got = problems(availabilitySchema.safeParse({ ...valid, weekley: [] }));
    assert.equal(got.length, 1);
  });

  it('caps the number of weekly windows, overrides and blackouts', () => {
    const weekly = Array.from({ length: 51 }, () => ({ dayOfWeek: 1, start: '09:00', end: '10:00' }));
    assert.deepEqual(problems(availabilitySchema.safeParse({ ...valid, weekly })), ['weekly: Expected at most 50 weekly windows']);
    const overrides = Array.from({ length: 367 }, () => valid.overrides[0]);
    assert.deepEqual(problems(availabilitySchema.safeParse({ ...valid, overrides })), ['overrides: Expected at most 366 date overrides']);
    const blackouts = Array.from({ length: 101 }, () => valid.blackouts[0]);
    assert.deepEqual(problems(availabilitySchema.safeParse({ ...valid, blackouts })), ['blackouts: Expected at most 100 blackout ranges']);
  });

  it('points at the failing window inside the list', () => {
    const weekly = [valid.weekly[0], { dayOfWeek: 2, start: '9:00', end: '10:00' }];
    assert.deepEqual(problems(availabilitySchema.safeParse({ ...valid, weekly })), [
      'weekly.1.start: Expected "HH:MM" in 24-hour time, like "09:30" (or "24:00" as an end)',
    ]);
  });
});

describe('weekly and override windows', () => {
  it('refuses malformed times', () => {
    for (const start of ['9:00', '09:5', '25:00', '12:60', '24:05', '09h00', ' 09:00', '']) {
      const got = problems(weeklyWindowSchema.safeParse({ dayOfWeek: 1, start, end: '23:00' }));
      assert.ok(got[0]!.startsWith('start: Expected "HH:MM" in 24-hour time'), `${start}: ${got[0]}`);
    }
  });

  it('refuses minutes off the 5-minute grid', () => {
    assert.deepEqual(problems(clockTimeSchema.safeParse('09:07')), [': Expected minutes on a 5-minute grid, like "09:05" or "09:30"']);
  });

  it('refuses a window that does not end after it starts, pointing at the end', () => {
    const message = 'end: Expected the end to be later than the start (use "24:00" for midnight)';
    assert.deepEqual(problems(weeklyWindowSchema.safeParse({ dayOfWeek: 1, start: '10:00', end: '10:00' })), [message]);
    assert.deepEqual(problems(weeklyWindowSchema.safeParse({ dayOfWeek: 1, start: '22:00', end: '00:00' })), [message]);
    assert.deepEqual(problems(weeklyWindowSchema.safeParse({ dayOfWeek: 1, start: '24:00', end: '24:00' })), [message]);
  });

  it('allows "24:00" as an end', () => {
    assert.ok(weeklyWindowSchema.safeParse({ dayOfWeek: 6, start: '22:00', end: '24:00' }).success);
  });

  it('refuses a day of week outside 0–6', () => {
    for (const dayOfWeek of [-1, 7, 1.5]) {
      assert.equal(weeklyWindowSchema.safeParse({ dayOfWeek, start: '09:00', end: '10:00' }).success, false);
    }
    assert.deepEqual(problems(weeklyWindowSchema.safeParse({ dayOfWeek: 7, start: '09:00', end: '10:00' })), [
      'dayOfWeek: Expected a day of week from 0 (Sunday) to 6 (Saturday)',
    ]);
  });

  it('requires at least one window on an override date', () => {
    assert.deepEqual(problems(dateOverrideSchema.safeParse({ date: '2026-03-14', windows: [] })), [
      'windows: Expected at least one window for this date',
    ]);
  });

  it('accepts every time on the 5-minute grid and refuses every other minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (minutes) => {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const result = clockTimeSchema.safeParse(time);
        assert.equal(result.success, minutes % 5 === 0, time);
        if (result.success) assert.equal(clockToMinutes(result.data), minutes);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates and blackouts', () => {
  it('refuses malformed and impossible dates', () => {
    assert.deepEqual(problems(localDateSchema.safeParse('2026-3-8')), [': Expected a date like "2026-03-08" (YYYY-MM-DD)']);
    assert.deepEqual(problems(localDateSchema.safeParse('2026-02-29')), [': Expected a real calendar date (check the month and day)']);
    assert.deepEqual(problems(localDateSchema.safeParse('2026-13-01')), [': Expected a real calendar date (check the month and day)']);
    assert.ok(localDateSchema.safeParse('2028-02-29').success, 'leap day');
  });

  it('refuses a blackout that ends before it starts; a single day is fine', () => {
    assert.deepEqual(problems(blackoutSchema.safeParse({ start: '2026-08-15', end: '2026-08-01' })), [
      'end: Expected the end date to be on or after the start date',
    ]);
    assert.ok(blackoutSchema.safeParse({ start: '2026-08-15', end: '2026-08-15' }).success);
  });
});
