import type { SessionKind, SessionStatus } from './schemas/session.js';

/** Which side of a session a member is on. For employer sessions (SPEC S8) the employer is the `mentor`. */
export type SessionSide = 'mentor' | 'mentee';

/** Everything one can do to a session's status (SPEC S2). */
export type SessionAction = 'confirm' | 'decline' | 'cancel' | 'complete' | 'no_show';

/** Statuses that hold the participants' time (SPEC S5). */
export const activeSessionStatuses: readonly SessionStatus[] = ['pending', 'confirmed'];

/** Which side answers a request: the mentor for mentorship, the invited member for employer sessions. */
export function responderSide(kind: SessionKind): SessionSide {
  return kind === 'mentorship' ? 'mentor' : 'mentee';
}

/** Which side sends the request: the mentee for mentorship, the employer for employer sessions. */
export function requesterSide(kind: SessionKind): SessionSide {
  return kind === 'mentorship' ? 'mentee' : 'mentor';
}

export interface TransitionQuery {
  kind: SessionKind;
  status: SessionStatus;
  action: SessionAction;
  side: SessionSide;
  /** Whether the session's start has passed (completion and no-show need it). */
  started: boolean;
  /** Whether a reason was given (cancelling a confirmed session needs one). */
  hasReason: boolean;
}

export type TransitionResult =
  { ok: true; to: SessionStatus } | { ok: false; reason: 'wrong_role' | 'wrong_state' | 'too_early' | 'reason_required'; message: string };

const targets: Record<SessionAction, SessionStatus> = {
  confirm: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
  complete: 'completed',
  no_show: 'no_show',
};

/** From which statuses each action may start. */
const sources: Record<SessionAction, readonly SessionStatus[]> = {
  confirm: ['pending'],
  decline: ['pending'],
  cancel: ['pending', 'confirmed'],
  complete: ['confirmed'],
  no_show: ['confirmed'],
};

/** Who may take each action from each status; `kind` decides who the requester and responder are. */
function allowedSides(action: SessionAction, status: SessionStatus, kind: SessionKind): readonly SessionSide[] {
  switch (action) {
    case 'confirm':
    case 'decline':
      return [responderSide(kind)];
    case 'cancel':
      return status === 'pending' ? [requesterSide(kind)] : ['mentor', 'mentee'];
    case 'complete':
      return ['mentor'];
    case 'no_show':
      return ['mentor', 'mentee'];
  }
}

/**
 * The session state machine (SPEC S2): `pending` → `confirmed` | `declined` (responder) | `cancelled`
 * (requester); `confirmed` → `completed` (mentor, after the start) | `cancelled` (either side, with a
 * reason) | `no_show` (either side, after the start). Terminal statuses go nowhere.
 *
 * @param query - the session's kind and status, the action, the actor's side and facts about time and reason
 * @returns the target status, or why the transition is refused
 * @example sessionTransition({ kind: 'mentorship', status: 'pending', action: 'confirm', side: 'mentor', started: false, hasReason: false })
 * // { ok: true, to: 'confirmed' }
 */
export function sessionTransition(query: TransitionQuery): TransitionResult {
  const { kind, status, action, side } = query;
  if (!sources[action].includes(status)) {
    return { ok: false, reason: 'wrong_state', message: `A ${status} session cannot be ${pastTense(action)}` };
  }
  if (!allowedSides(action, status, kind).includes(side)) {
    return { ok: false, reason: 'wrong_role', message: `The ${side} of a ${status} ${kind} session cannot ${action.replace('_', '-')} it` };
  }
  if ((action === 'complete' || action === 'no_show') && !query.started) {
    return { ok: false, reason: 'too_early', message: `A session can only be ${pastTense(action)} once it has started` };
  }
  if (action === 'cancel' && status === 'confirmed' && !query.hasReason) {
    return { ok: false, reason: 'reason_required', message: 'Cancelling a confirmed session needs a reason' };
  }
  return { ok: true, to: targets[action] };
}

function pastTense(action: SessionAction): string {
  return { confirm: 'confirmed', decline: 'declined', cancel: 'cancelled', complete: 'completed', no_show: 'marked as a no-show' }[action];
}
