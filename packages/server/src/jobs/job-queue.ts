/**
 * The durable job table: every outgoing message (email now, webhooks later) is a row here first.
 *
 * Interface (for code that adds kinds of jobs — e.g. webhook deliveries):
 * ```ts
 * // enqueue — idempotent: a second call with the same (communityId, idempotencyKey) returns the first job
 * const { job, created } = await services.jobs.enqueue({
 *   communityId, kind: 'webhook.deliver', idempotencyKey: `webhook:${endpointId}:${eventId}`,
 *   payload: { ... },                 // JSON-able; Dates come back as Dates on both adapters
 *   runAt?: Date,                     // default: now
 *   groupKey?: string,                // e.g. a session id, so cancelGroup can drop pending reminders
 * });
 * await services.jobs.cancelGroup(communityId, groupKey, { kinds? });   // pending → cancelled
 * services.jobRunner.register('webhook.deliver', async (job, ctx) => { ... }, {
 *   maxAttempts?: number,                          // default 8, then status `failed`
 *   backoffMs?: (attempts: number) => number,      // delay after the n-th failed attempt (1-based)
 *   leaseMs?: number,                              // how long a claim holds before another instance may take it
 * });
 * // inside a handler: throw new RetryJobError('429', { retryAt }) to choose the next time (Retry-After),
 * // throw new PermanentJobError('410 Gone') to fail at once without retrying; anything else retries.
 * await services.jobRunner.runDue();   // tests: run everything due at services.now(), and wait for it
 * ```
 *
 * Correctness without transactions (DESIGN.md): a job moves `pending → running` only through a
 * conditional update on its `status` and `attempts` (a compare-and-swap token that changes on every
 * claim), so of several instances sharing one database exactly one wins each claim. A `running` job
 * whose lease (`lockedUntil`) has passed was abandoned by a crashed instance and is claimable again.
 * Completion is conditional on the same token, so a late finisher never overwrites a newer claim.
 * Delivery is at-least-once across a crash between "sent" and "marked done"; emails carry a Message-ID
 * derived from the job id so that one retry is recognisable as the same message.
 * Finished jobs (done, failed, cancelled) are removed by a TTL index 30 days after they finish.
 */
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Filter, type Storage, type StoredDoc } from '../storage/types.js';
import { newId } from '../security/crypto.js';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Job<P = Record<string, unknown>> {
  id: string;
  communityId: string;
  kind: string;
  runAt: Date;
  status: JobStatus;
  /** Claims so far (including the one running now). */
  attempts: number;
  lockedUntil: Date | null;
  idempotencyKey: string;
  payload: P;
  lastError?: string;
  groupKey?: string;
  createdAt: Date;
  updatedAt: Date;
}

interface JobDoc extends StoredDoc {
  kind: string;
  runAt: Date;
  status: JobStatus;
  attempts: number;
  lockedUntil: Date | null;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  lastError?: string;
  groupKey?: string;
  createdAt: Date;
  updatedAt: Date;
  /** Set when the job reaches done, failed or cancelled; the database removes it at that time. */
  expiresAt?: Date;
}

/** How long finished jobs stay (for delivery logs and idempotency of late duplicate events). */
export const FINISHED_JOB_RETENTION_MS = 30 * 24 * 3_600_000;

export const jobsCollection: CollectionSpec = {
  name: 'jobs',
  indexes: [
    { fields: ['communityId', 'idempotencyKey'], unique: true },
    { fields: ['status', 'runAt'] },
    { fields: ['communityId', 'groupKey', 'status'] },
    { fields: ['expiresAt'], expireAfterSeconds: 0 },
  ],
};

export interface EnqueueInput<P> {
  communityId: string;
  kind: string;
  idempotencyKey: string;
  payload: P;
  runAt?: Date;
  groupKey?: string;
}

function toJob<P>(doc: JobDoc): Job<P> {
  return {
    id: doc._id,
    communityId: doc.communityId,
    kind: doc.kind,
    runAt: new Date(doc.runAt),
    status: doc.status,
    attempts: doc.attempts,
    lockedUntil: doc.lockedUntil ? new Date(doc.lockedUntil) : null,
    idempotencyKey: doc.idempotencyKey,
    payload: doc.payload as P,
    ...(doc.lastError !== undefined ? { lastError: doc.lastError } : {}),
    ...(doc.groupKey !== undefined ? { groupKey: doc.groupKey } : {}),
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  };
}

/** The job rows and their state changes; the runner (job-runner.ts) decides when to call them. */
export class JobQueue {
  private readonly listeners = new Set<(job: Job) => void>();

  private constructor(
    private readonly col: Collection<JobDoc>,
    private readonly now: () => Date,
  ) {}

  static async open(storage: Storage, now: () => Date): Promise<JobQueue> {
    return new JobQueue(await storage.collection<JobDoc>(jobsCollection), now);
  }

  /** Called after a job is created (the runner uses it to wake early; never the source of truth). */
  onEnqueued(listener: (job: Job) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds a job unless one with the same key exists. With `reviveCancelled`, an existing *cancelled* job
   * with that key becomes pending again (a session moved back to a time it had before).
   */
  async enqueue<P extends object>(
    input: EnqueueInput<P>,
    options: { reviveCancelled?: boolean } = {},
  ): Promise<{ job: Job<P>; created: boolean }> {
    const now = this.now();
    const doc: JobDoc = {
      _id: newId(),
      communityId: input.communityId,
      kind: input.kind,
      runAt: input.runAt ?? now,
      status: 'pending',
      attempts: 0,
      lockedUntil: null,
      idempotencyKey: input.idempotencyKey,
      payload: input.payload as Record<string, unknown>,
      ...(input.groupKey !== undefined ? { groupKey: input.groupKey } : {}),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.col.insertOne(doc);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const key = { communityId: input.communityId, idempotencyKey: input.idempotencyKey };
      if (options.reviveCancelled) {
        const revived = await this.col.findOneAndUpdate(
          { ...key, status: 'cancelled' },
          {
            $set: { status: 'pending', runAt: doc.runAt, payload: doc.payload, updatedAt: now, lockedUntil: null },
            $unset: { expiresAt: true },
          },
        );
        if (revived) {
          const job = toJob<P>(revived);
          this.notify(job);
          return { job, created: true };
        }
      }
      const existing = await this.col.findOne(key);
      if (!existing) throw error;
      return { job: toJob<P>(existing), created: false };
    }
    const job = toJob<P>(doc);
    this.notify(job);
    return { job, created: true };
  }

  private notify(job: Job<unknown>): void {
    for (const listener of this.listeners) listener(job as Job);
  }

  /** Pending jobs of a group (e.g. a session's reminders) become `cancelled`; returns how many. */
  async cancelGroup(communityId: string, groupKey: string, options: { kinds?: string[] } = {}): Promise<number> {
    const filter: Filter = { communityId, groupKey, status: 'pending' };
    if (options.kinds) filter.kind = { $in: options.kinds };
    const now = this.now();
    const { matchedCount } = await this.col.updateMany(filter, {
      $set: { status: 'cancelled', updatedAt: now, expiresAt: new Date(now.getTime() + FINISHED_JOB_RETENTION_MS) },
    });
    return matchedCount;
  }

  /** Jobs that may be claimed at `now`: pending and due, or running with an expired lease. Oldest first. */
  async findClaimable(now: Date, limit: number, kinds: string[]): Promise<Job[]> {
    const docs = await this.col.find(
      {
        kind: { $in: kinds },
        $or: [
          { status: 'pending', runAt: { $lte: now } },
          { status: 'running', lockedUntil: { $lte: now } },
        ],
      },
      { sort: { runAt: 1 }, limit },
    );
    return docs.map((d) => toJob(d));
  }

  /** The earliest `runAt` among pending jobs of these kinds (for the wake-up timer). */
  async nextRunAt(kinds: string[]): Promise<Date | null> {
    const doc = await this.col.findOne({ status: 'pending', kind: { $in: kinds } }, { sort: { runAt: 1 } });
    return doc ? new Date(doc.runAt) : null;
  }

  /**
   * Takes `job` for `leaseMs` if nobody changed it since it was read: the conditional update is the
   * whole lock. Returns the claimed job (attempts + 1) or null when another instance won.
   */
  async claim(job: Job, now: Date, leaseMs: number): Promise<Job | null> {
    const filter: Filter = { _id: job.id, communityId: job.communityId, status: job.status, attempts: job.attempts };
    if (job.status === 'pending') filter.runAt = { $lte: now };
    else filter.lockedUntil = { $lte: now };
    const doc = await this.col.findOneAndUpdate(filter, {
      $set: { status: 'running', lockedUntil: new Date(now.getTime() + leaseMs), updatedAt: now },
      $inc: { attempts: 1 },
    });
    return doc ? toJob(doc) : null;
  }

  /** Marks a claimed job done; false when the claim was lost (lease expired and taken over). */
  async complete(job: Job, now: Date): Promise<boolean> {
    return this.finish(job, {
      status: 'done',
      lockedUntil: null,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + FINISHED_JOB_RETENTION_MS),
    });
  }

  /** After a failed attempt: back to pending at `retryAt`, or `failed` when `retryAt` is null. */
  async fail(job: Job, now: Date, error: string, retryAt: Date | null): Promise<boolean> {
    const $set: Record<string, unknown> = { lastError: error.slice(0, 1000), lockedUntil: null, updatedAt: now };
    if (retryAt) Object.assign($set, { status: 'pending', runAt: retryAt });
    else Object.assign($set, { status: 'failed', expiresAt: new Date(now.getTime() + FINISHED_JOB_RETENTION_MS) });
    return this.finish(job, $set);
  }

  private async finish(job: Job, $set: Record<string, unknown>): Promise<boolean> {
    const { matchedCount } = await this.col.updateOne(
      { _id: job.id, communityId: job.communityId, status: 'running', attempts: job.attempts },
      { $set },
    );
    return matchedCount === 1;
  }

  async findById(communityId: string, id: string): Promise<Job | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toJob(doc) : null;
  }

  /** Jobs of a community, newest first; for tests, admin views and webhook delivery logs. */
  async list(communityId: string, criteria: { kind?: string; groupKey?: string; status?: JobStatus; limit?: number } = {}): Promise<Job[]> {
    const filter: Filter = { communityId };
    if (criteria.kind) filter.kind = criteria.kind;
    if (criteria.groupKey) filter.groupKey = criteria.groupKey;
    if (criteria.status) filter.status = criteria.status;
    const docs = await this.col.find(filter, { sort: { createdAt: -1 }, limit: criteria.limit ?? 100 });
    return docs.map((d) => toJob(d));
  }
}
