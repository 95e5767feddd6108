import type { Logger } from './logger.js';

/**
 * Work a response must not wait for (sending mail), tracked so shutdown can finish it and failures are
 * logged instead of lost. Answering before mail is sent also keeps sign-in timing the same for
 * members and non-members.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const promise = task()
      .catch((error: unknown) => this.logger.error({ err: error, task: name }, 'background task failed'))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
