/** Joining opens this long before the start (SPEC S9). */
export const JOIN_OPENS_BEFORE_MS = 10 * 60_000;
/** Joining closes this long after the end (SPEC S9). */
export const JOIN_CLOSES_AFTER_MS = 15 * 60_000;

export interface JoinWindow {
  opensAt: Date;
  closesAt: Date;
}

/**
 * When participants may join a session (SPEC S9): from 10 minutes before its start to 15 minutes after
 * its end.
 * @example joinWindow(new Date('2026-03-09T14:00Z'), new Date('2026-03-09T15:00Z'))
 * // { opensAt: 13:50Z, closesAt: 15:15Z }
 */
export function joinWindow(start: Date, end: Date): JoinWindow {
  return { opensAt: new Date(start.getTime() - JOIN_OPENS_BEFORE_MS), closesAt: new Date(end.getTime() + JOIN_CLOSES_AFTER_MS) };
}

/**
 * Whether a session can be joined at `now`: confirmed, and `now` within its join window
 * (opening instant included, closing instant excluded).
 */
export function isJoinable(session: { status: string; start: Date; end: Date }, now: Date): boolean {
  if (session.status !== 'confirmed') return false;
  const { opensAt, closesAt } = joinWindow(session.start, session.end);
  return now.getTime() >= opensAt.getTime() && now.getTime() < closesAt.getTime();
}
