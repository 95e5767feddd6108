import { TZDate } from '@date-fns/tz';
import { isValidTimeZone, localCalendarDate, MentorKitError, type Dashboard, type SessionStatus } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import { requireRole } from './authorization.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';
import { toSessions } from './session-service.js';

const DAY = 24 * 60 * 60_000;
const WEEKS_SHOWN = 8;
const NEXT_SHOWN = 5;
/** Sessions that happened or will: requests that were declined or cancelled are not counted. */
const heldStatuses: SessionStatus[] = ['pending', 'confirmed', 'completed', 'no_show'];

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Start and end of "today" on the clock of `zone`. */
function today(now: Date, zone: string): { from: Date; to: Date } {
  const local = new TZDate(now.getTime(), zone);
  const from = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), zone);
  const to = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, zone);
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}

/** SPEC D1. */
async function mentorDashboard(services: Services, community: CommunityRecord, auth: AuthContext): Promise<Dashboard> {
  requireRole(auth, 'isMentor', 'see the mentor dashboard');
  const cid = community.id;
  const me = auth.member.id;
  const now = services.now();
  const profile = await services.mentors.findProfile(cid, me);
  const zone = profile && isValidTimeZone(profile.timeZone) ? profile.timeZone : 'UTC';
  const day = today(now, zone);
  const [totalSessions, completedToday, upcomingCount, next, pendingRequests, completed, students, rating] = await Promise.all([
    services.sessions.count(cid, { mentorId: me, statuses: heldStatuses }),
    services.sessions.count(cid, { mentorId: me, statuses: ['completed'], startFrom: day.from, startBefore: day.to }),
    services.sessions.count(cid, { mentorId: me, statuses: ['confirmed'], endAfter: now }),
    services.sessions.find(cid, { mentorId: me, statuses: ['confirmed'], endAfter: now }, { limit: NEXT_SHOWN }),
    services.sessions.count(cid, { mentorId: me, statuses: ['pending'], endAfter: now }),
    services.sessions.find(cid, { mentorId: me, statuses: ['completed'] }),
    services.sessions.partners(cid, { memberId: me, role: 'mentor', statuses: ['confirmed', 'completed'] }),
    services.sessions.ratingSummary(cid, me),
  ]);
  const accepted = await services.mentorships.list(cid, { memberId: me, role: 'mentor', status: 'accepted' });
  return {
    view: 'mentor',
    totalSessions,
    completedToday,
    upcoming: { count: upcomingCount, next: await toSessions(services, cid, next) },
    pendingRequests,
    totalStudents: new Set([...students, ...accepted.map((m) => m.menteeId)]).size,
    averageRating: rating.average === null ? null : Math.round(rating.average * 100) / 100,
    ratingCount: rating.count,
    totalHours: hours(completed.reduce((sum, s) => sum + s.durationMinutes, 0)),
  };
}

/** SPEC D2. */
async function menteeDashboard(services: Services, community: CommunityRecord, auth: AuthContext): Promise<Dashboard> {
  requireRole(auth, 'isMentee', 'see the mentee dashboard');
  const cid = community.id;
  const me = auth.member.id;
  const now = services.now();
  const [upcomingCount, next, completed, accepted, booked] = await Promise.all([
    services.sessions.count(cid, { menteeId: me, statuses: ['pending', 'confirmed'], endAfter: now }),
    services.sessions.find(cid, { menteeId: me, statuses: ['pending', 'confirmed'], endAfter: now }, { limit: NEXT_SHOWN }),
    services.sessions.find(cid, { menteeId: me, statuses: ['completed'] }, { sort: -1 }),
    services.mentorships.list(cid, { memberId: me, role: 'mentee', status: 'accepted' }),
    services.sessions.partners(cid, { memberId: me, role: 'mentee', statuses: ['confirmed'], endAfter: now }),
  ]);
  const awaiting = completed.filter((s) => s.kind === 'mentorship' && !s.rating);
  return {
    view: 'mentee',
    activeMentors: new Set([...accepted.map((m) => m.mentorId), ...booked]).size,
    upcoming: { count: upcomingCount, next: await toSessions(services, cid, next) },
    totalHours: hours(completed.reduce((sum, s) => sum + s.durationMinutes, 0)),
    awaitingFeedback: { count: awaiting.length, sessions: await toSessions(services, cid, awaiting.slice(0, NEXT_SHOWN)) },
  };
}

/** Monday 00:00 UTC of the week holding `instant`. */
function weekStart(instant: number): number {
  const day = new Date(instant);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((day.getUTCDay() + 6) % 7) * DAY;
}

/** SPEC D3. */
async function adminDashboard(services: Services, community: CommunityRecord, auth: AuthContext): Promise<Dashboard> {
  if (!auth.roles.isAdmin) throw new MentorKitError('ROLE_REQUIRED', 'Only community admins can see the admin dashboard');
  const cid = community.id;
  const first = weekStart(services.now().getTime()) - (WEEKS_SHOWN - 1) * 7 * DAY;
  const [byStatus, memberCount, recent, top] = await Promise.all([
    services.mentors.countByStatus(cid),
    services.members.count(cid),
    services.sessions.find(cid, {
      statuses: heldStatuses,
      startFrom: new Date(first),
      startBefore: new Date(first + WEEKS_SHOWN * 7 * DAY),
    }),
    services.mentors.topExpertise(cid, 10),
  ]);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => ({ weekStart: localCalendarDate(first + i * 7 * DAY, 'UTC'), count: 0 }));
  for (const s of recent) weeks[Math.floor((weekStart(s.start.getTime()) - first) / (7 * DAY))]!.count++;
  return {
    view: 'admin',
    mentorsAwaitingApproval: byStatus.pending,
    memberCount,
    sessionsPerWeek: weeks,
    topExpertise: top.map((f) => ({ tag: f.value, count: f.count })),
  };
}

/**
 * The dashboard for one view (SPEC D1–D3): `mentor` needs the mentor role, `mentee` the mentee role and
 * `admin` a community admin.
 */
export function getDashboard(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  view: 'mentor' | 'mentee' | 'admin',
): Promise<Dashboard> {
  if (view === 'mentor') return mentorDashboard(services, community, auth);
  if (view === 'mentee') return menteeDashboard(services, community, auth);
  return adminDashboard(services, community, auth);
}
