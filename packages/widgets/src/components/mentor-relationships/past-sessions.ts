import type { RelationshipStats, Session } from '@mentorkit/core';

/** A person one has completed sessions with but no mentorship record (booking needs none by default). */
export interface PastPartner {
  id: string;
  name: string;
  stats: RelationshipStats;
}

/**
 * Groups completed sessions by the other person, so "My mentors" / "My students" also show people one
 * met without a "connect" request (defect 10: a member with completed sessions was told "no mentors").
 * Figures follow the service's relationship record (R2): sessions, hours, last session, distinct topics.
 */
export function pastPartners(sessions: Session[], viewAs: 'mentor' | 'mentee', exclude: Set<string>): PastPartner[] {
  const byPerson = new Map<string, PastPartner>();
  for (const session of sessions) {
    if (session.status !== 'completed') continue;
    const other = viewAs === 'mentee' ? session.mentor : session.mentee;
    if (exclude.has(other.id)) continue;
    let entry = byPerson.get(other.id);
    if (!entry)
      byPerson.set(
        other.id,
        (entry = { id: other.id, name: other.name, stats: { completedSessions: 0, totalHours: 0, lastSessionAt: null, topics: [] } }),
      );
    entry.stats.completedSessions += 1;
    entry.stats.totalHours += session.durationMinutes / 60;
    if (!entry.stats.lastSessionAt || session.start > entry.stats.lastSessionAt) entry.stats.lastSessionAt = session.start;
    if (!entry.stats.topics.includes(session.topic)) entry.stats.topics.push(session.topic);
  }
  return [...byPerson.values()].sort((a, b) => (b.stats.lastSessionAt ?? '').localeCompare(a.stats.lastSessionAt ?? ''));
}
