import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIcs } from '../testing/parse-ics.js';
import { sessionCalendar, sessionUid } from './session-ics.js';
import { zoneOffsetMinutes, zoneTransitions } from './vtimezone.js';

const people = {
  organizer: { name: 'Riverside', email: 'mentors@riverside.example' },
  attendees: [
    { name: 'Ana', email: 'ana@x.org' },
    { name: 'Ben', email: 'ben@x.org' },
  ],
};

function invite(timeZone: string, start: string, minutes = 60) {
  const s = new Date(start);
  return sessionCalendar({
    method: 'REQUEST',
    timeZone,
    now: new Date('2026-01-01T00:00:00Z'),
    events: [
      {
        sessionId: 's1',
        sequence: 2,
        start: s,
        end: new Date(s.getTime() + minutes * 60_000),
        status: 'CONFIRMED',
        summary: 'Topic',
        description: 'd',
        joinUrl: 'https://meet.google.com/abc-defg-hij',
        updatedAt: s,
        ...people,
      },
    ],
  });
}

describe('session invitations (ICS)', () => {
  it('writes times in the recipient zone with a VTIMEZONE that an independent parser resolves to the same instants', () => {
    const cases: [string, string, ambiguous?: 'ambiguous'][] = [
      ['America/New_York', '2026-03-08T07:30:00Z'], // the morning clocks spring forward (03:30 EDT)
      ['America/New_York', '2026-11-01T05:30:00Z', 'ambiguous'], // the repeated hour, first pass (01:30 EDT)
      ['America/New_York', '2026-11-01T06:30:00Z', 'ambiguous'], // the repeated hour, second pass (01:30 EST)
      ['Europe/Madrid', '2026-10-25T00:30:00Z', 'ambiguous'], // 02:30, which happens twice that night
      ['Europe/Madrid', '2026-10-25T02:30:00Z'], // 03:30 CET, after the change
      ['Europe/Madrid', '2026-07-01T16:00:00Z'],
      ['America/Sao_Paulo', '2026-11-15T12:00:00Z'], // no DST since 2019 (stale zone files still have it)
      ['Australia/Lord_Howe', '2026-10-04T15:45:00Z'], // a 30-minute DST shift
      ['Asia/Kolkata', '2026-06-01T04:15:00Z'],
    ];
    for (const [zone, start, flag] of cases) {
      const parsed = parseIcs(invite(zone, start));
      assert.equal(parsed.method, 'REQUEST');
      const [event] = parsed.events;
      const ambiguous = flag === 'ambiguous';
      assert.deepEqual(parsed.timezones, ambiguous ? [] : [zone]);
      assert.equal(event!.tzid, ambiguous ? null : zone, 'a repeated local hour is written in UTC');
      assert.equal(event!.start.toISOString(), new Date(start).toISOString(), `${zone} ${start}`);
      assert.equal(event!.end.getTime() - event!.start.getTime(), 3_600_000);
    }
  });

  it('writes UTC times when the zone is UTC, with UID, SEQUENCE, ORGANIZER, ATTENDEEs and the join link', () => {
    const text = invite('UTC', '2026-05-05T10:00:00Z');
    assert.doesNotMatch(text, /VTIMEZONE/);
    assert.match(text, /\r\nMETHOD:REQUEST\r\n/);
    const [event] = parseIcs(text).events;
    assert.equal(event!.uid, sessionUid('s1'));
    assert.equal(event!.sequence, 2);
    assert.equal(event!.status, 'CONFIRMED');
    assert.equal(event!.start.toISOString(), '2026-05-05T10:00:00.000Z');
    assert.equal(event!.location, 'https://meet.google.com/abc-defg-hij');
    assert.equal(event!.url, 'https://meet.google.com/abc-defg-hij');
    assert.equal(event!.organizer?.toLowerCase(), 'mailto:mentors@riverside.example');
    assert.deepEqual(
      event!.attendees.map((a) => a.toLowerCase()),
      ['mailto:ana@x.org', 'mailto:ben@x.org'],
    );
  });

  it('keeps hostile names inside their parameter: no double quotes or line breaks in CN', () => {
    const text = sessionCalendar({
      method: 'REQUEST',
      timeZone: 'UTC',
      now: new Date('2026-01-01T00:00:00Z'),
      events: [
        {
          sessionId: 's2',
          sequence: 0,
          start: new Date('2026-05-05T10:00:00Z'),
          end: new Date('2026-05-05T11:00:00Z'),
          status: 'CONFIRMED',
          summary: 'Line\nbreak; "quoted", comma',
          description: 'd',
          updatedAt: new Date('2026-01-01T00:00:00Z'),
          organizer: { name: 'Org "Club"', email: 'o@x.org' },
          attendees: [{ name: 'Eve "\r\nATTENDEE:mailto:evil@x.org', email: 'eve@x.org' }],
        },
      ],
    });
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    assert.ok(!/CN="[^"\r\n]*\\"/.test(unfolded), 'no backslash-escaped quotes in a parameter');
    const [event] = parseIcs(text).events;
    assert.deepEqual(
      event!.attendees.map((a) => a.toLowerCase()),
      ['mailto:eve@x.org'],
      'no injected attendee',
    );
    assert.equal(event!.summary, 'Line\nbreak; "quoted", comma');
  });

  it('finds zone transitions to the minute', () => {
    const [spring] = zoneTransitions('Europe/Madrid', Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z'));
    assert.deepEqual(spring, { at: Date.parse('2026-03-29T01:00:00Z'), from: 60, to: 120 });
    assert.deepEqual(zoneTransitions('America/Sao_Paulo', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z')), []);
    assert.equal(zoneOffsetMinutes('Asia/Kathmandu', Date.parse('2026-01-01T00:00:00Z')), 345);
  });
});
