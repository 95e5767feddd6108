import type { CostEstimate, MeetingLink, SessionKind, SessionStatus } from '@mentorkit/core';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Filter, type Storage, type StoredDoc } from '../storage/types.js';
import { afterPosition, decodeDateCursor, pageOf } from './keyset.js';

export interface SessionHistoryRecord {
  status: SessionStatus;
  at: Date;
  by: string;
  reason?: string;
  rescheduled?: { fromStart: Date; toStart: Date };
}

/** An open proposal to move a session (SPEC S3). */
export interface RescheduleProposalRecord {
  start: Date;
  end: Date;
  proposedBy: string;
  message?: string;
  at: Date;
}

/** A session as the service knows it (SPEC S1–S9). For employer sessions the employer is `mentorId`. */
export interface SessionRecord {
  id: string;
  communityId: string;
  kind: SessionKind;
  status: SessionStatus;
  mentorId: string;
  menteeId: string;
  requestedBy: string;
  start: Date;
  end: Date;
  durationMinutes: number;
  topic: string;
  description?: string;
  cost: CostEstimate;
  meeting?: MeetingLink;
  cancellation?: { by: string; reason?: string; at: Date };
  rating?: { rating: number; review?: string };
  mentorFeedback?: string;
  reschedule?: RescheduleProposalRecord;
  history: SessionHistoryRecord[];
  /** The iCalendar SEQUENCE of the session's invitations: 0 when requested, +1 on every later change. */
  calendarSequence?: number;
  createdAt: Date;
  updatedAt: Date;
}

interface SessionDoc extends StoredDoc, Omit<SessionRecord, 'id' | 'communityId'> {}

/** One rating (mentee → mentor) or feedback (mentor → mentee) per session, decided by the unique `_id`. */
interface FeedbackDoc extends StoredDoc {
  sessionId: string;
  kind: 'rating' | 'mentor-feedback';
  mentorId: string;
  menteeId: string;
  authorName: string;
  /** The mentee agreed to show their full name to visitors who are not signed in. */
  showFullName?: boolean;
  rating?: number;
  text?: string;
  createdAt: Date;
}

export const sessionsCollection: CollectionSpec = {
  name: 'sessions',
  indexes: [
    { fields: ['communityId', 'mentorId', 'start'] },
    { fields: ['communityId', 'menteeId', 'start'] },
    { fields: ['communityId', 'status'] },
  ],
};

export const sessionFeedbackCollection: CollectionSpec = {
  name: 'session_feedback',
  indexes: [{ fields: ['communityId', 'sessionId', 'kind'], unique: true }, { fields: ['communityId', 'mentorId', 'kind'] }],
};

/** What to select sessions by; every field narrows, all are optional but the community. */
export interface SessionCriteria {
  /** Sessions where this member takes part, on the side given by `role` (both by default). */
  memberId?: string;
  role?: 'mentor' | 'mentee' | 'all';
  mentorId?: string;
  menteeId?: string;
  statuses?: readonly SessionStatus[];
  kind?: SessionKind;
  startFrom?: Date;
  startBefore?: Date;
  endAfter?: Date;
  endAtOrBefore?: Date;
  /** Sessions overlapping `[from, to)`. */
  overlaps?: { from: Date; to: Date };
  /** Sessions changed (status, time, meeting, feedback) after this instant. */
  updatedAfter?: Date;
}

export interface RecentReview {
  rating: number;
  review?: string;
  menteeName: string;
  showFullName: boolean;
  createdAt: Date;
}

function toRecord(doc: SessionDoc): SessionRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    kind: doc.kind,
    status: doc.status,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    requestedBy: doc.requestedBy,
    start: new Date(doc.start),
    end: new Date(doc.end),
    durationMinutes: doc.durationMinutes,
    topic: doc.topic,
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    cost: doc.cost,
    ...(doc.meeting ? { meeting: doc.meeting } : {}),
    ...(doc.cancellation ? { cancellation: { ...doc.cancellation, at: new Date(doc.cancellation.at) } } : {}),
    ...(doc.rating ? { rating: doc.rating } : {}),
    ...(doc.mentorFeedback !== undefined ? { mentorFeedback: doc.mentorFeedback } : {}),
    ...(doc.reschedule
      ? {
          reschedule: {
            ...doc.reschedule,
            start: new Date(doc.reschedule.start),
            end: new Date(doc.reschedule.end),
            at: new Date(doc.reschedule.at),
          },
        }
      : {}),
    history: doc.history.map((h) => ({
      status: h.status,
      at: new Date(h.at),
      by: h.by,
      ...(h.reason !== undefined ? { reason: h.reason } : {}),
      ...(h.rescheduled ? { rescheduled: { fromStart: new Date(h.rescheduled.fromStart), toStart: new Date(h.rescheduled.toStart) } } : {}),
    })),
    ...(doc.calendarSequence !== undefined ? { calendarSequence: doc.calendarSequence } : {}),
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  };
}

function toDoc(record: SessionRecord): SessionDoc {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

function filterOf(communityId: string, c: SessionCriteria): Filter {
  const and: Filter[] = [{ communityId }];
  if (c.memberId) {
    const role = c.role ?? 'all';
    if (role === 'mentor') and.push({ mentorId: c.memberId });
    else if (role === 'mentee') and.push({ menteeId: c.memberId });
    else and.push({ $or: [{ mentorId: c.memberId }, { menteeId: c.memberId }] });
  }
  if (c.mentorId) and.push({ mentorId: c.mentorId });
  if (c.menteeId) and.push({ menteeId: c.menteeId });
  if (c.statuses) and.push({ status: { $in: [...c.statuses] } });
  if (c.kind) and.push({ kind: c.kind });
  if (c.startFrom) and.push({ start: { $gte: c.startFrom } });
  if (c.startBefore) and.push({ start: { $lt: c.startBefore } });
  if (c.endAfter) and.push({ end: { $gt: c.endAfter } });
  if (c.endAtOrBefore) and.push({ end: { $lte: c.endAtOrBefore } });
  if (c.updatedAfter) and.push({ updatedAt: { $gt: c.updatedAfter } });
  if (c.overlaps) and.push({ start: { $lt: c.overlaps.to } }, { end: { $gt: c.overlaps.from } });
  return and.length === 1 ? and[0]! : { $and: and };
}

/** Sessions and their one-time feedback. Status changes are conditional on the expected status. */
export class SessionRepository {
  private constructor(
    private readonly col: Collection<SessionDoc>,
    private readonly feedback: Collection<FeedbackDoc>,
  ) {}

  static async open(storage: Storage): Promise<SessionRepository> {
    const [col, feedback] = await Promise.all([
      storage.collection<SessionDoc>(sessionsCollection),
      storage.collection<FeedbackDoc>(sessionFeedbackCollection),
    ]);
    return new SessionRepository(col, feedback);
  }

  async insert(record: SessionRecord): Promise<SessionRecord> {
    await this.col.insertOne(toDoc(record));
    return record;
  }

  async findById(communityId: string, id: string): Promise<SessionRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Moves a session from `from` to `entry.status`, appending `entry` to its history — only if it is still
   * in `from`, so of two concurrent changes exactly one wins. Returns null when it was not.
   */
  async changeStatus(
    communityId: string,
    id: string,
    from: SessionStatus,
    entry: SessionHistoryRecord,
    extra: { cancellation?: SessionRecord['cancellation'] } = {},
  ): Promise<SessionRecord | null> {
    const $set: Record<string, unknown> = { status: entry.status, updatedAt: entry.at };
    if (extra.cancellation) $set.cancellation = extra.cancellation;
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId, status: from }, { $set, $push: { history: entry } });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Counts one more change for calendars (SPEC N1: a strictly increasing SEQUENCE): an atomic `$inc`,
   * so two changes at once still get two different numbers. Returns the new number, null if no session.
   */
  async bumpCalendarSequence(communityId: string, id: string): Promise<number | null> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, { $inc: { calendarSequence: 1 } });
    return doc ? (doc.calendarSequence ?? null) : null;
  }

  /**
   * Records a reschedule proposal while the session is still in `status` at `start` (so a proposal on a
   * session that changed meanwhile is refused); replaces an earlier open proposal.
   */
  async proposeReschedule(
    communityId: string,
    id: string,
    expected: { status: SessionStatus; start: Date },
    proposal: RescheduleProposalRecord,
  ): Promise<SessionRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, status: expected.status, start: expected.start },
      { $set: { reschedule: proposal, updatedAt: proposal.at } },
    );
    return doc ? toRecord(doc) : null;
  }

  /** Drops the open proposal made at `proposedAt` (declined); null when it is no longer the open one. */
  async clearReschedule(communityId: string, id: string, proposedAt: Date, now: Date): Promise<SessionRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, 'reschedule.at': proposedAt },
      { $unset: { reschedule: true }, $set: { updatedAt: now } },
    );
    return doc ? toRecord(doc) : null;
  }

  /**
   * Moves the session to the proposal made at `proposedAt`, if it is still open and the session is still
   * in `status`: new times, the proposal cleared, `entry` appended to the history.
   */
  async acceptReschedule(
    communityId: string,
    id: string,
    expected: { status: SessionStatus; proposedAt: Date },
    entry: SessionHistoryRecord,
    times: { start: Date; end: Date },
  ): Promise<SessionRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, status: expected.status, 'reschedule.at': expected.proposedAt },
      { $set: { start: times.start, end: times.end, updatedAt: entry.at }, $unset: { reschedule: true }, $push: { history: entry } },
    );
    return doc ? toRecord(doc) : null;
  }

  /** Sets the meeting link of a confirmed session; null when it is not (or no longer) confirmed. */
  async setMeeting(communityId: string, id: string, meeting: MeetingLink, now: Date): Promise<SessionRecord | null> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId, status: 'confirmed' }, { $set: { meeting, updatedAt: now } });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Records the mentee's rating (`kind: 'rating'`) or the mentor's feedback once per session: the unique
   * index decides, so a second attempt returns false even under concurrency.
   */
  async addFeedback(
    session: SessionRecord,
    entry: { kind: 'rating' | 'mentor-feedback'; authorName: string; showFullName?: boolean; rating?: number; text?: string },
    now: Date,
  ): Promise<boolean> {
    try {
      await this.feedback.insertOne({
        _id: `${session.id}:${entry.kind}`,
        communityId: session.communityId,
        sessionId: session.id,
        kind: entry.kind,
        mentorId: session.mentorId,
        menteeId: session.menteeId,
        authorName: entry.authorName,
        ...(entry.showFullName ? { showFullName: true } : {}),
        ...(entry.rating !== undefined ? { rating: entry.rating } : {}),
        ...(entry.text !== undefined ? { text: entry.text } : {}),
        createdAt: now,
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    const $set: Record<string, unknown> =
      entry.kind === 'rating'
        ? { rating: { rating: entry.rating, ...(entry.text !== undefined ? { review: entry.text } : {}) }, updatedAt: now }
        : { mentorFeedback: entry.text, updatedAt: now };
    await this.col.updateOne({ _id: session.id, communityId: session.communityId }, { $set });
    return true;
  }

  /** The newest ratings of a mentor, for the mentor page (SPEC M5). */
  async recentReviews(communityId: string, mentorId: string, limit: number): Promise<RecentReview[]> {
    const docs = await this.feedback.find({ communityId, mentorId, kind: 'rating' }, { sort: { createdAt: -1 }, limit });
    return docs.map((d) => ({
      rating: d.rating ?? 0,
      ...(d.text !== undefined ? { review: d.text } : {}),
      menteeName: d.authorName,
      showFullName: d.showFullName === true,
      createdAt: new Date(d.createdAt),
    }));
  }

  /** Average and count of a mentor's ratings, straight from the feedback collection. */
  async ratingSummary(communityId: string, mentorId: string): Promise<{ average: number | null; count: number }> {
    const docs = await this.feedback.find({ communityId, mentorId, kind: 'rating' });
    if (docs.length === 0) return { average: null, count: 0 };
    return { average: docs.reduce((sum, d) => sum + (d.rating ?? 0), 0) / docs.length, count: docs.length };
  }

  async count(communityId: string, criteria: SessionCriteria): Promise<number> {
    return this.col.count(filterOf(communityId, criteria));
  }

  async find(communityId: string, criteria: SessionCriteria, options: { sort?: 1 | -1; limit?: number } = {}): Promise<SessionRecord[]> {
    const docs = await this.col.find(filterOf(communityId, criteria), {
      sort: { start: options.sort ?? 1, _id: options.sort ?? 1 },
      ...(options.limit ? { limit: options.limit } : {}),
    });
    return docs.map(toRecord);
  }

  /**
   * A page ordered by start (ascending, or descending with `sort: -1`), then id; `cursor` is the
   * `nextCursor` of the previous page (keyset.ts).
   */
  async page(
    communityId: string,
    criteria: SessionCriteria,
    options: { sort: 1 | -1; limit: number; cursor?: string },
  ): Promise<{ items: SessionRecord[]; nextCursor: string | null }> {
    const filter = filterOf(communityId, criteria);
    const position = options.cursor ? decodeDateCursor(options.cursor) : null;
    const combined = position ? { $and: [filter, afterPosition('start', options.sort, position.at, position.id)] } : filter;
    const docs = await this.col.find(combined, { sort: { start: options.sort, _id: options.sort }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (s) => s.start);
  }

  /** Distinct partners of a member on the other side (students of a mentor, mentors of a mentee). */
  async partners(communityId: string, criteria: SessionCriteria & { memberId: string; role: 'mentor' | 'mentee' }): Promise<string[]> {
    const docs = await this.col.find(filterOf(communityId, criteria));
    return [...new Set(docs.map((d) => (criteria.role === 'mentor' ? d.menteeId : d.mentorId)))];
  }
}
