/**
 * Where the client keeps the signed-in session (access + refresh token). Methods may be sync or
 * async, so `localStorage`, a cookie jar, a file or React Native's AsyncStorage all fit.
 */
export interface TokenStorage {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
  /**
   * Optional: calls `listener` when another tab or window changed `key` (sign-in, refresh, sign-out
   * there). Returns the unsubscribe function. `webStorage()` implements it with the `storage` event.
   */
  watch?(key: string, listener: () => void): () => void;
}

/** Keeps tokens in this process only (the default in Node). */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * The browser's `localStorage`, or undefined where it is missing or refused (Node, sandboxed iframes,
 * some private modes).
 */
export function webStorage(): TokenStorage | undefined {
  try {
    const store = (globalThis as { localStorage?: Storage }).localStorage;
    if (!store) return undefined;
    const probe = '__mentorkit_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return {
      get: (key) => store.getItem(key),
      set: (key, value) => store.setItem(key, value),
      remove: (key) => store.removeItem(key),
      // The browser fires `storage` in every other document of the origin (tabs, iframes) after a
      // change; `key` is null after `localStorage.clear()`.
      watch(key, listener) {
        const onStorage = (event: StorageEvent) => {
          if (event.storageArea === store && (event.key === key || event.key === null)) listener();
        };
        globalThis.addEventListener?.('storage', onStorage as EventListener);
        return () => globalThis.removeEventListener?.('storage', onStorage as EventListener);
      },
    };
  } catch {
    return undefined;
  }
}

/** `localStorage` in browsers, memory elsewhere. */
export function defaultStorage(): TokenStorage {
  return webStorage() ?? memoryStorage();
}

/** The storage key of one API + community, so two communities on one page never share a session. */
export function storageKey(baseUrl: string, community: string): string {
  return `mentorkit:${baseUrl}:${community}`;
}
