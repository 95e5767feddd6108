import { createClient, type MentorKitClient } from '@mentorkit/sdk';

/** Page-wide settings every MentorKit element falls back to when it has no attribute of its own. */
export interface MentorKitConfig {
  /** The service, e.g. `https://mentors.example.org`. Defaults to where the CDN bundle was loaded from. */
  apiBase?: string;
  /** Community slug. */
  community?: string;
  /** The community's publishable key (`pk_…`). */
  publishableKey?: string;
  /** `en` or `es`; otherwise the browser's language. */
  locale?: string;
  /** A host-signed identity token (SPEC C4): exchanged once for a session. */
  identityToken?: string;
  /** `light`, `dark` or `auto` (default, follows the system). */
  theme?: 'light' | 'dark' | 'auto';
}

const CONFIG_EVENT = 'mentorkit-config-change';
let pageConfig: MentorKitConfig = {};
let defaultApiBase: string | undefined;
const clients = new Map<string, MentorKitClient>();

/**
 * Sets page-wide configuration for every MentorKit element (attributes still win).
 * @example MentorKit.configure({ apiBase: 'https://mentors.example.org', community: 'demo', locale: 'es' })
 */
export function configure(config: MentorKitConfig): void {
  pageConfig = { ...pageConfig, ...config };
  globalThis.dispatchEvent?.(new Event(CONFIG_EVENT));
}

/** The current page-wide configuration. */
export function pageConfiguration(): Readonly<MentorKitConfig> {
  return pageConfig;
}

/** The CDN bundle sets this to its own origin, the lowest-priority default for `apiBase`. */
export function setDefaultApiBase(url: string): void {
  defaultApiBase = url;
}

/** Runs `listener` whenever `configure()` is called; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  globalThis.addEventListener?.(CONFIG_EVENT, listener);
  return () => globalThis.removeEventListener?.(CONFIG_EVENT, listener);
}

/** Attribute values first, then the page-wide config, then defaults. */
export function resolveConfig(own: MentorKitConfig): MentorKitConfig {
  const pick = <K extends keyof MentorKitConfig>(key: K) => own[key] || pageConfig[key] || undefined;
  return {
    apiBase: pick('apiBase') ?? defaultApiBase,
    community: pick('community'),
    publishableKey: pick('publishableKey'),
    locale: pick('locale'),
    identityToken: pick('identityToken'),
    theme: pick('theme'),
  };
}

/**
 * One shared client per service + community + key, so every element on the page sees the same
 * sign-in state and refreshes share one flight. Undefined until `apiBase` and `community` are known.
 */
export function clientFor(config: MentorKitConfig): MentorKitClient | undefined {
  if (!config.apiBase || !config.community) return undefined;
  const key = `${config.apiBase}|${config.community}|${config.publishableKey ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: config.apiBase, community: config.community, publishableKey: config.publishableKey });
    clients.set(key, client);
  }
  return client;
}

const exchanged = new WeakMap<MentorKitClient, Map<string, Promise<unknown>>>();

/** Exchanges a host identity token for a session once per client and token, however many elements carry it. */
export function exchangeIdentityTokenOnce(client: MentorKitClient, token: string): Promise<unknown> {
  let byToken = exchanged.get(client);
  if (!byToken) exchanged.set(client, (byToken = new Map()));
  let pending = byToken.get(token);
  if (!pending) {
    pending = client.exchangeIdentityToken({ token });
    byToken.set(token, pending);
  }
  return pending;
}
