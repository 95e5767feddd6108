import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FavoriteList = Awaited<ReturnType<MentorKitClient['listFavorites']>>;

/**
 * The signed-in member's saved mentors (SPEC M6), one store per client: a card, a profile and the
 * favorites list on the same page agree without asking the service three times.
 */
class FavoriteStore {
  list?: FavoriteList['items'];
  private loading?: Promise<void>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: MentorKitClient) {
    client.onAuthChange(() => {
      this.list = undefined;
      this.loading = undefined;
      this.notify();
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  load(force = false): Promise<void> {
    if (!this.loading || force) {
      this.loading = this.client.listFavorites().then(
        ({ items }) => ((this.list = items), this.notify()),
        () => void (this.loading = undefined),
      );
    }
    return this.loading;
  }

  has(mentorId: string): boolean {
    return this.list?.some((f) => f.id === mentorId) ?? false;
  }

  async toggle(mentorId: string): Promise<boolean> {
    const saved = !this.has(mentorId);
    if (saved) await this.client.addFavorite({ mentorId });
    else await this.client.removeFavorite({ mentorId });
    await this.load(true);
    return saved;
  }
}

const stores = new WeakMap<MentorKitClient, FavoriteStore>();

/** Gives an element the saved mentors of whoever is signed in on its client, and re-renders it when they change. */
export class FavoritesController implements ReactiveController {
  private store?: FavoriteStore;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getClient: () => MentorKitClient | undefined,
    private readonly isSignedIn: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.getClient();
    if (client) {
      let store = stores.get(client);
      if (!store) stores.set(client, (store = new FavoriteStore(client)));
      if (store !== this.store) {
        this.unsubscribe?.();
        this.store = store;
        this.unsubscribe = store.subscribe(() => this.host.requestUpdate());
      }
    }
    if (this.store && this.isSignedIn() && !this.store.list) void this.store.load();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  /** Saved mentors, newest first; undefined until loaded (or when signed out). */
  get items(): FavoriteList['items'] | undefined {
    return this.isSignedIn() ? this.store?.list : undefined;
  }

  has(mentorId: string): boolean {
    return this.isSignedIn() && (this.store?.has(mentorId) ?? false);
  }

  /** Saves or unsaves; resolves to whether the mentor is saved now. */
  toggle(mentorId: string): Promise<boolean> {
    if (!this.store) return Promise.reject(new Error('not configured'));
    return this.store.toggle(mentorId);
  }
}
