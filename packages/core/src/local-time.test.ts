import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localCalendarDate, localDateTime, wallClock } from './local-time.js';

describe('local time', () => {
  it('the calendar date of an instant depends on the zone, across midnight and DST changes', () => {
    const instant = new Date('2026-03-08T02:30:00Z');
    assert.equal(localCalendarDate(instant, 'UTC'), '2026-03-08');
    assert.equal(localCalendarDate(instant, 'America/New_York'), '2026-03-07');
    assert.equal(localCalendarDate(instant, 'Pacific/Kiritimati'), '2026-03-08');
    assert.equal(localCalendarDate(Date.parse('2026-03-08T10:30:00Z'), 'Pacific/Kiritimati'), '2026-03-09');
    // New York springs forward at 07:00 UTC on 2026-03-08; both sides are still the 8th.
    assert.equal(localCalendarDate(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York'), '2026-03-08');
    assert.equal(localCalendarDate(Date.parse('2026-03-08T07:01:00Z'), 'America/New_York'), '2026-03-08');
  });

  it('renders the wall clock with the offset in force', () => {
    assert.deepEqual(localDateTime(new Date('2026-03-09T13:00:00Z'), 'Asia/Kolkata'), {
      local: '2026-03-09T18:30:00+05:30',
      date: '2026-03-09',
    });
    assert.deepEqual(localDateTime(new Date('2026-07-01T12:00:00Z'), 'America/New_York'), {
      local: '2026-07-01T08:00:00-04:00',
      date: '2026-07-01',
    });
    assert.deepEqual(localDateTime(new Date('2026-07-01T12:00:00Z'), 'UTC'), { local: '2026-07-01T12:00:00+00:00', date: '2026-07-01' });
    assert.equal(wallClock(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Madrid').offsetMinutes, 120);
    assert.equal(wallClock(Date.parse('2026-01-01T12:00:00Z'), 'America/St_Johns').offsetMinutes, -210);
  });
});
