import type { AuthResult, Me } from '@mentorkit/core';
import { MentorKitApiError } from './errors.js';
import type { TokenStorage } from './token-storage.js';

/** What the client stores for a signed-in member. */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires (by the client's clock). */
  expiresAt: number;
  user: Me;
}

/** Called with the member after sign-in or refresh, and with `null` after sign-out or a failed refresh. */
export type AuthListener = (user: Me | null) => void;

type Locks = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/**
 * The signed-in session of one client: storage, listeners and the single-flight refresh. Refreshes are
 * serialized within the page and, through the Web Locks API where present, across tabs, so a rotating
 * refresh token is never spent twice (which would revoke the whole session, SPEC C5).
 */
export class AuthState {
  private readonly listeners = new Set<AuthListener>();
  private refreshing?: Promise<StoredSession | null>;
  private unwatch?: () => void;

  constructor(
    private readonly storage: TokenStorage,
    private readonly key: string,
    private readonly rotate: (refreshToken: string) => Promise<AuthResult>,
  ) {}

  /** The stored session, read fresh (another tab may have rotated it). */
  async read(): Promise<StoredSession | null> {
    const raw = await this.storage.get(this.key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as StoredSession;
    } catch {
      return null;
    }
  }

  async save(result: AuthResult): Promise<StoredSession> {
    const session: StoredSession = {
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresAt: Date.now() + result.expiresIn * 1000,
      user: result.user,
    };
    await this.storage.set(this.key, JSON.stringify(session));
    this.notify(session.user);
    return session;
  }

  async clear(): Promise<void> {
    const had = (await this.storage.get(this.key)) != null;
    await this.storage.remove(this.key);
    if (had) this.notify(null);
  }

  /**
   * Calls `listener` on sign-in, refresh and sign-out — in this tab and, where the storage can watch
   * (`localStorage`), in other tabs too, so signing out in one tab signs every tab out at once.
   */
  onChange(listener: AuthListener): () => void {
    this.listeners.add(listener);
    this.unwatch ??= this.storage.watch?.(this.key, () => void this.otherTabChanged());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.unwatch?.();
        this.unwatch = undefined;
      }
    };
  }

  /** Another tab signed in, refreshed or signed out: tell this tab's listeners what is stored now. */
  private async otherTabChanged(): Promise<void> {
    this.notify((await this.read())?.user ?? null);
  }

  /**
   * Replaces the session whose access token `stale` was refused. Parallel callers share one refresh;
   * when the stored session already changed, it is used as is. Resolves null (signed out) when the
   * refresh token is refused; rejects on network failure, keeping the session.
   */
  refresh(stale: StoredSession): Promise<StoredSession | null> {
    this.refreshing ??= this.withLock(async () => {
      const current = await this.read();
      if (!current) return null;
      if (current.accessToken !== stale.accessToken) return current;
      try {
        return await this.save(await this.rotate(current.refreshToken));
      } catch (error) {
        if (error instanceof MentorKitApiError && error.status === 401) {
          await this.clear();
          return null;
        }
        throw error;
      }
    }).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
    return locks ? locks.request(`${this.key}:refresh`, task) : task();
  }

  private notify(user: Me | null): void {
    for (const listener of this.listeners) {
      try {
        listener(user);
      } catch (error) {
        console.error('MentorKit onAuthChange listener failed', error);
      }
    }
  }
}
