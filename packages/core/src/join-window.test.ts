import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJoinable, joinWindow } from './join-window.js';

const start = new Date('2026-03-09T14:00:00Z');
const end = new Date('2026-03-09T15:00:00Z');
const at = (iso: string) => new Date(iso);

describe('join window (SPEC S9)', () => {
  it('opens 10 minutes before the start and closes 15 minutes after the end', () => {
    assert.deepEqual(joinWindow(start, end), { opensAt: at('2026-03-09T13:50:00Z'), closesAt: at('2026-03-09T15:15:00Z') });
  });

  it('is joinable inside the window for confirmed sessions only', () => {
    const session = { status: 'confirmed', start, end };
    assert.equal(isJoinable(session, at('2026-03-09T13:49:59Z')), false);
    assert.equal(isJoinable(session, at('2026-03-09T13:50:00Z')), true);
    assert.equal(isJoinable(session, at('2026-03-09T15:14:59Z')), true);
    assert.equal(isJoinable(session, at('2026-03-09T15:15:00Z')), false);
    for (const status of ['pending', 'cancelled', 'completed', 'declined', 'no_show']) {
      assert.equal(isJoinable({ status, start, end }, at('2026-03-09T14:30:00Z')), false, status);
    }
  });
});
