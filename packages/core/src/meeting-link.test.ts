import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectMeetingPlatform, parseMeetingLink } from './meeting-link.js';

describe('meeting links (SPEC S4)', () => {
  it('detects Zoom, Google Meet, Teams and other hosts', () => {
    assert.equal(detectMeetingPlatform('zoom.us'), 'zoom');
    assert.equal(detectMeetingPlatform('us02web.zoom.us'), 'zoom');
    assert.equal(detectMeetingPlatform('meet.google.com'), 'google_meet');
    assert.equal(detectMeetingPlatform('teams.microsoft.com'), 'teams');
    assert.equal(detectMeetingPlatform('teams.live.com'), 'teams');
    assert.equal(detectMeetingPlatform('whereby.com'), 'other');
    assert.equal(detectMeetingPlatform('zoom.us.evil.example'), 'other');
    assert.equal(detectMeetingPlatform('notzoom.us'), 'other');
  });

  it('accepts https links only', () => {
    const ok = parseMeetingLink(' https://meet.google.com/abc-defg-hij ');
    assert.deepEqual(ok, { ok: true, link: { url: 'https://meet.google.com/abc-defg-hij', platform: 'google_meet' } });
    for (const bad of [
      'http://zoom.us/j/1',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://zoom.us',
      '//zoom.us/j/1',
      'zoom.us/j/1',
      'https://localhost/x',
      'https://a:b@zoom.us/j/1',
      '',
    ]) {
      assert.equal(parseMeetingLink(bad).ok, false, bad);
    }
  });
});
