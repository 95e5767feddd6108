import { effectiveBookingRules, estimateCost, type SessionKind, type SessionStatus } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionHistoryRecord, SessionRecord } from '../repositories/session-repository.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { claimTime } from '../services/booking-service.js';
import type { DemoSeedStep } from './demo-seed.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface DemoSession {
  mentor: string;
  mentee: string;
  /** Days from now (negative: past) and the UTC hour of the start. */
  day: number;
  hour: number;
  minutes: number;
  topic: string;
  status: SessionStatus;
  kind?: SessionKind;
  reason?: string;
  rating?: { rating: number; review?: string };
  meetingUrl?: string;
}

/** A few sessions in each state, between demo mentors and ben@ / cruz@ (SPEC issue #3, item 8). */
const demoSessions: DemoSession[] = [
  {
    mentor: 'ana@example.com',
    mentee: 'ben@example.com',
    day: -21,
    hour: 14,
    minutes: 60,
    topic: 'Reviewing my portfolio site',
    status: 'completed',
    rating: { rating: 5, review: 'Ana went through every page with me and gave me a clear list of fixes.' },
  },
  {
    mentor: 'cruz@example.com',
    mentee: 'ben@example.com',
    day: -14,
    hour: 16,
    minutes: 30,
    topic: 'Switching careers into backend',
    status: 'completed',
    rating: { rating: 4, review: 'Honest, practical advice about the first year.' },
  },
  {
    mentor: 'ana@example.com',
    mentee: 'cruz@example.com',
    day: -10,
    hour: 13,
    minutes: 60,
    topic: 'Accessibility audit of a React app',
    status: 'completed',
    rating: { rating: 5 },
  },
  {
    mentor: 'jose.martinez@example.com',
    mentee: 'ben@example.com',
    day: -7,
    hour: 9,
    minutes: 60,
    topic: 'System design interview practice',
    status: 'completed',
  },
  {
    mentor: 'maria.garcia@example.com',
    mentee: 'ben@example.com',
    day: -5,
    hour: 15,
    minutes: 30,
    topic: 'How product managers work with engineers',
    status: 'no_show',
  },
  {
    mentor: 'zoe.clarke@example.com',
    mentee: 'cruz@example.com',
    day: -3,
    hour: 11,
    minutes: 60,
    topic: 'Design critique of my side project',
    status: 'declined',
    reason: 'I am fully booked this month, sorry!',
  },
  {
    mentor: 'ana@example.com',
    mentee: 'ben@example.com',
    day: 2,
    hour: 13,
    minutes: 60,
    topic: 'Preparing for my first frontend interview',
    status: 'confirmed',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
  },
  {
    mentor: 'cruz@example.com',
    mentee: 'ben@example.com',
    day: 3,
    hour: 15,
    minutes: 30,
    topic: 'Node.js project structure',
    status: 'pending',
  },
  {
    mentor: 'ana@example.com',
    mentee: 'cruz@example.com',
    day: 4,
    hour: 13,
    minutes: 30,
    topic: 'Planning a talk on accessible forms',
    status: 'pending',
  },
  {
    mentor: 'ana@example.com',
    mentee: 'ben@example.com',
    day: 5,
    hour: 17,
    minutes: 30,
    topic: 'CSS layout questions',
    status: 'cancelled',
    reason: 'Travelling that week, please pick another day.',
  },
];

/** The statuses a session passes through to reach `status`, with who moved it. */
function historyOf(
  status: SessionStatus,
  mentorId: string,
  menteeId: string,
  created: Date,
  start: Date,
  reason?: string,
): SessionHistoryRecord[] {
  const h: SessionHistoryRecord[] = [{ status: 'pending', at: created, by: menteeId }];
  const later = new Date(created.getTime() + 3 * HOUR);
  if (status === 'declined') h.push({ status, at: later, by: mentorId, ...(reason ? { reason } : {}) });
  if (['confirmed', 'completed', 'no_show', 'cancelled'].includes(status)) h.push({ status: 'confirmed', at: later, by: mentorId });
  if (status === 'cancelled') h.push({ status, at: new Date(later.getTime() + HOUR), by: mentorId, ...(reason ? { reason } : {}) });
  if (status === 'completed') h.push({ status, at: new Date(start.getTime() + HOUR), by: mentorId });
  if (status === 'no_show') h.push({ status, at: new Date(start.getTime() + 20 * MINUTE), by: mentorId });
  return h;
}

/**
 * Demo sessions in every state, written through the repositories (past ones bypass notice rules), with
 * slot claims for the pending and confirmed ones, ratings that feed the mentors' aggregates, and an
 * accepted mentorship ben → ana. Runs after the mentors step.
 */
export const seedDemoSessions: DemoSeedStep = async (services: Services, community: CommunityRecord) => {
  const now = services.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const emails = [...new Set(demoSessions.flatMap((s) => [s.mentor, s.mentee]))];
  const people = new Map<string, { id: string; name: string }>();
  for (const email of emails) {
    const member = await services.members.findByEmail(community.id, email);
    if (member) people.set(email, member);
  }
  for (const demo of demoSessions) {
    const mentor = people.get(demo.mentor);
    const mentee = people.get(demo.mentee);
    if (!mentor || !mentee) continue;
    const profile = await services.mentors.findProfile(community.id, mentor.id);
    const start = new Date(today + demo.day * DAY + demo.hour * HOUR);
    const end = new Date(start.getTime() + demo.minutes * MINUTE);
    const created = new Date(Math.min(now.getTime(), start.getTime()) - 2 * DAY);
    const history = historyOf(demo.status, mentor.id, mentee.id, created, start, demo.reason);
    const last = history[history.length - 1]!;
    const record: SessionRecord = {
      id: newId(),
      communityId: community.id,
      kind: demo.kind ?? 'mentorship',
      status: demo.status,
      mentorId: mentor.id,
      menteeId: mentee.id,
      requestedBy: mentee.id,
      start,
      end,
      durationMinutes: demo.minutes,
      topic: demo.topic,
      cost: estimateCost(profile?.hourlyRate ?? 0, profile?.currency ?? 'USD', demo.minutes),
      ...(demo.meetingUrl ? { meeting: { url: demo.meetingUrl, platform: 'google_meet' as const } } : {}),
      ...(demo.status === 'cancelled'
        ? { cancellation: { by: last.by, at: last.at, ...(demo.reason ? { reason: demo.reason } : {}) } }
        : {}),
      history,
      createdAt: created,
      updatedAt: last.at,
    };
    if (demo.status === 'pending' || demo.status === 'confirmed') {
      const rules = effectiveBookingRules(profile?.bookingRules, community.settings.defaultBookingRules);
      await claimTime(
        services,
        community.id,
        record.id,
        [
          {
            personId: mentor.id,
            start: new Date(start.getTime() - rules.bufferBeforeMinutes * MINUTE),
            end: new Date(end.getTime() + rules.bufferAfterMinutes * MINUTE),
          },
          { personId: mentee.id, start, end },
        ],
        now,
      );
    }
    await services.sessions.insert(record);
    if (demo.status === 'completed') {
      if (await services.relationships.recordCompletion(community.id, record, now)) {
        await services.mentors.recordCompletedSession(community.id, mentor.id, demo.minutes);
      }
      if (demo.rating) {
        const at = new Date(start.getTime() + 2 * HOUR);
        await services.sessions.addFeedback(
          record,
          {
            kind: 'rating',
            authorName: mentee.name,
            rating: demo.rating.rating,
            ...(demo.rating.review ? { text: demo.rating.review } : {}),
          },
          at,
        );
        await services.mentors.recordRating(community.id, mentor.id, demo.rating.rating);
      }
    }
  }
  const ana = people.get('ana@example.com');
  const ben = people.get('ben@example.com');
  if (ana && ben && !(await services.mentorships.findOpen(community.id, ana.id, ben.id))) {
    const requested = new Date(now.getTime() - 30 * DAY);
    const created = await services.mentorships.create({
      id: newId(),
      communityId: community.id,
      mentorId: ana.id,
      menteeId: ben.id,
      message: 'Hi Ana! I am moving into frontend work and would love a mentor for the next few months.',
      createdAt: requested,
      updatedAt: requested,
    });
    if (created) {
      await services.mentorships.changeStatus(community.id, created.id, 'pending', 'accepted', new Date(requested.getTime() + DAY));
      await services.relationships.setStatus(community.id, ana.id, ben.id, 'active', requested);
    }
  }
};
