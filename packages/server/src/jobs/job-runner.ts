import type { Logger } from '../logger.js';
import type { Job, JobQueue } from './job-queue.js';

/** What a handler gets besides its job. */
export interface JobContext {
  now: Date;
  /** 1 on the first attempt. */
  attempt: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds handlers of every payload type; `register<P>` keeps each typed
export type JobHandler<P = any> = (job: Job<P>, context: JobContext) => Promise<void>;

export interface JobKindOptions {
  /** Attempts before the job is `failed` (default 8). */
  maxAttempts?: number;
  /** Delay before the next attempt after the n-th failure (1-based). Default: 30 s doubling, at most 1 h. */
  backoffMs?: (attempts: number) => number;
  /** How long a claim holds; a crashed instance's job is taken over after it (default 5 min). */
  leaseMs?: number;
}

/** Retry at a time the handler chooses (e.g. from a `Retry-After` header). */
export class RetryJobError extends Error {
  constructor(
    message: string,
    readonly options: { retryAt: Date },
  ) {
    super(message);
    this.name = 'RetryJobError';
  }
}

/** Give up at once: retrying cannot help (e.g. the recipient no longer exists, a 410 answer). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

const DEFAULT_MAX_ATTEMPTS = 8;
const DEFAULT_LEASE_MS = 5 * 60_000;
/** Another instance may have enqueued work: look at the table at least this often. */
const POLL_MS = 30_000;
const BATCH = 20;

export function defaultBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}

/**
 * Runs due jobs through the handler registered for their kind. An in-memory timer only *wakes* it —
 * at the next known `runAt`, soon after an enqueue, and every 30 s for jobs other instances added —
 * and everything it decides is read from, and written back to, the job table.
 */
export class JobRunner {
  private readonly handlers = new Map<string, { handle: JobHandler; options: Required<JobKindOptions> }>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  private passing: Promise<void> | undefined;
  private passAgain = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly queue: JobQueue,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  /** Adds the handler for one kind of job. Registering a kind twice is a programming error. */
  register<P>(kind: string, handle: JobHandler<P>, options: JobKindOptions = {}): void {
    if (this.handlers.has(kind)) throw new Error(`A job handler for "${kind}" is already registered`);
    this.handlers.set(kind, {
      handle: handle as JobHandler,
      options: {
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        backoffMs: options.backoffMs ?? defaultBackoffMs,
        leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      },
    });
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  /** Starts waking on its own (the server calls this; CLI commands and some tests do not). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.unsubscribe = this.queue.onEnqueued((job) => {
      if (job.runAt.getTime() <= this.now().getTime()) this.wakeSoon(0);
    });
    this.wakeSoon(0);
  }

  /** Stops the timer and waits for jobs being run; unfinished work stays in the table for next time. */
  async stop(): Promise<void> {
    this.started = false;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.drain();
  }

  /** Runs every job due now (by the service clock), repeating until none is left, and waits for them. */
  async runDue(): Promise<void> {
    await this.drain();
    await this.pass();
    await this.drain();
  }

  private async drain(): Promise<void> {
    while (this.passing || this.inFlight.size > 0) {
      if (this.passing) await this.passing;
      await Promise.allSettled([...this.inFlight]);
    }
  }

  private wakeSoon(delayMs: number): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.pass().finally(() => this.scheduleNext());
      },
      Math.max(0, Math.min(delayMs, POLL_MS)),
    );
    this.timer.unref();
  }

  private async scheduleNext(): Promise<void> {
    if (!this.started || this.timer) return;
    try {
      const next = await this.queue.nextRunAt(this.kinds);
      this.wakeSoon(next ? next.getTime() - this.now().getTime() : POLL_MS);
    } catch (error) {
      this.logger.error({ err: error }, 'job runner could not read the next due time');
      this.wakeSoon(POLL_MS);
    }
  }

  /** One pass at a time; a pass requested meanwhile runs right after. */
  private pass(): Promise<void> {
    if (this.passing) {
      this.passAgain = true;
      return this.passing;
    }
    this.passing = (async () => {
      try {
        do {
          this.passAgain = false;
          while ((await this.claimBatch()) > 0);
        } while (this.passAgain);
      } catch (error) {
        this.logger.error({ err: error }, 'job runner pass failed');
      } finally {
        this.passing = undefined;
      }
    })();
    return this.passing;
  }

  /** Claims and runs what is due; returns how many jobs it ran. */
  private async claimBatch(): Promise<number> {
    const kinds = this.kinds;
    if (kinds.length === 0) return 0;
    const now = this.now();
    const due = await this.queue.findClaimable(now, BATCH, kinds);
    let ran = 0;
    for (const candidate of due) {
      const entry = this.handlers.get(candidate.kind)!;
      const job = await this.queue.claim(candidate, now, entry.options.leaseMs);
      if (!job) continue; // another instance won this one
      ran++;
      const running = this.run(job, entry).finally(() => this.inFlight.delete(running));
      this.inFlight.add(running);
      await running; // one at a time per instance keeps mail servers and CPU calm
    }
    return ran;
  }

  private async run(job: Job, entry: { handle: JobHandler; options: Required<JobKindOptions> }): Promise<void> {
    try {
      await entry.handle(job, { now: this.now(), attempt: job.attempts });
      await this.queue.complete(job, this.now());
    } catch (error) {
      const now = this.now();
      const message = error instanceof Error ? error.message : String(error);
      let retryAt: Date | null = null;
      if (error instanceof RetryJobError) retryAt = error.options.retryAt;
      else if (!(error instanceof PermanentJobError) && job.attempts < entry.options.maxAttempts) {
        retryAt = new Date(now.getTime() + entry.options.backoffMs(job.attempts));
      }
      if (error instanceof RetryJobError && job.attempts >= entry.options.maxAttempts) retryAt = null;
      this.logger.warn({ err: error, job: job.id, kind: job.kind, attempt: job.attempts, retryAt }, 'job attempt failed');
      await this.queue.fail(job, now, message, retryAt);
    }
  }
}
