import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionTransition, type SessionAction, type SessionSide } from './session-machine.js';
import type { SessionKind, SessionStatus } from './schemas/session.js';

const statuses: SessionStatus[] = ['pending', 'confirmed', 'declined', 'cancelled', 'completed', 'no_show'];
const actions: SessionAction[] = ['confirm', 'decline', 'cancel', 'complete', 'no_show'];
const sides: SessionSide[] = ['mentor', 'mentee'];

/** The whole allowed table of SPEC S2 (mentorship): [status, action, side] → target. */
const allowed: Record<string, SessionStatus> = {
  'pending confirm mentor': 'confirmed',
  'pending decline mentor': 'declined',
  'pending cancel mentee': 'cancelled',
  'confirmed cancel mentor': 'cancelled',
  'confirmed cancel mentee': 'cancelled',
  'confirmed complete mentor': 'completed',
  'confirmed no_show mentor': 'no_show',
  'confirmed no_show mentee': 'no_show',
};

describe('session state machine (SPEC S2)', () => {
  it('allows exactly the transitions of the table and refuses every other one', () => {
    for (const status of statuses) {
      for (const action of actions) {
        for (const side of sides) {
          const result = sessionTransition({ kind: 'mentorship', status, action, side, started: true, hasReason: true });
          const want = allowed[`${status} ${action} ${side}`];
          if (want) assert.deepEqual(result, { ok: true, to: want }, `${status} ${action} ${side}`);
          else assert.equal(result.ok, false, `${status} ${action} ${side}`);
        }
      }
    }
  });

  it('says why: wrong state before wrong role; terminal statuses go nowhere', () => {
    const r = sessionTransition({
      kind: 'mentorship',
      status: 'completed',
      action: 'confirm',
      side: 'mentee',
      started: true,
      hasReason: false,
    });
    assert.equal(r.ok === false && r.reason, 'wrong_state');
    const role = sessionTransition({
      kind: 'mentorship',
      status: 'pending',
      action: 'confirm',
      side: 'mentee',
      started: false,
      hasReason: false,
    });
    assert.equal(role.ok === false && role.reason, 'wrong_role');
  });

  it('needs a reason to cancel a confirmed session, none for a pending one', () => {
    const base = { kind: 'mentorship' as SessionKind, action: 'cancel' as const, started: false, hasReason: false };
    const r = sessionTransition({ ...base, status: 'confirmed', side: 'mentor' });
    assert.equal(r.ok === false && r.reason, 'reason_required');
    assert.equal(sessionTransition({ ...base, status: 'pending', side: 'mentee' }).ok, true);
  });

  it('refuses completion and no-shows before the start', () => {
    for (const action of ['complete', 'no_show'] as const) {
      const r = sessionTransition({ kind: 'mentorship', status: 'confirmed', action, side: 'mentor', started: false, hasReason: false });
      assert.equal(r.ok === false && r.reason, 'too_early');
    }
  });

  it('employer sessions (S8): the invited member accepts or declines; the employer withdraws', () => {
    for (const kind of ['interview', 'project'] as const) {
      assert.deepEqual(
        sessionTransition({ kind, status: 'pending', action: 'confirm', side: 'mentee', started: false, hasReason: false }),
        { ok: true, to: 'confirmed' },
      );
      assert.equal(
        sessionTransition({ kind, status: 'pending', action: 'confirm', side: 'mentor', started: false, hasReason: false }).ok,
        false,
      );
      assert.equal(
        sessionTransition({ kind, status: 'pending', action: 'decline', side: 'mentee', started: false, hasReason: false }).ok,
        true,
      );
      assert.equal(
        sessionTransition({ kind, status: 'pending', action: 'cancel', side: 'mentor', started: false, hasReason: false }).ok,
        true,
      );
      assert.equal(
        sessionTransition({ kind, status: 'pending', action: 'cancel', side: 'mentee', started: false, hasReason: false }).ok,
        false,
      );
    }
  });
});
