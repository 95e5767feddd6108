import type { AuthResult, Me, PublicCommunity, RealtimeAuth } from '@mentorkit/core';
import { AuthState, type AuthListener, type StoredSession } from './auth-state.js';
import { errorFromResponse, isAbortError, MentorKitApiError } from './errors.js';
import type { CallOptions, MethodOf, OperationSpec } from './operation.js';
import { operations, type OperationId, type Operations } from './operations.js';
import { createRealtimeClient, type RealtimeClient } from './realtime.js';
import { prepareRequest } from './request.js';
import { defaultStorage, storageKey, type TokenStorage } from './token-storage.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Where the service runs, e.g. `https://mentors.example.org` (no trailing `/v1`). */
  baseUrl: string;
  /** The community slug, e.g. `demo`. */
  community: string;
  /** The community's publishable key (`pk_…`), sent as `X-MentorKit-Key`. */
  publishableKey?: string;
  /** Server-to-server only: the community secret key, used for admin operations when no member is signed in. */
  secretKey?: string;
  /** Where tokens live; `localStorage` in browsers and memory in Node by default. */
  storage?: TokenStorage;
  /** A `fetch` implementation (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
}

/** Client state and helpers that are not API operations. */
export interface ClientExtras {
  readonly baseUrl: string;
  readonly community: string;
  /** Calls `listener` whenever the member signs in, refreshes or signs out. Returns an unsubscribe function. */
  onAuthChange(listener: AuthListener): () => void;
  /** The signed-in member as last stored, without a network call; null when signed out. */
  currentUser(): Promise<Me | null>;
  /** A valid-looking access token for other transports (real-time auth), or null when signed out. */
  accessToken(): Promise<string | null>;
  /** Stores a session obtained elsewhere (e.g. by a host backend). */
  setSession(result: AuthResult): Promise<void>;
  /** Signs out: revokes the session on the service (best effort) and forgets the tokens. */
  signOut(input?: { refreshToken?: string }, options?: CallOptions): Promise<void>;
  /** Rotates the stored refresh token now (the client also does this by itself on an expired token). */
  refreshSession(input?: { refreshToken?: string }, options?: CallOptions): Promise<Me | null>;
  /** Live events (Pusher protocol; pusher-js is loaded on the first subscribe). See docs/sdk.md. */
  readonly realtime: RealtimeClient;
}

/** A client: one method per API operation (named after its operationId) plus {@link ClientExtras}. */
export type MentorKitClient = Omit<{ [K in OperationId]: MethodOf<Operations[K]> }, keyof ClientExtras> & ClientExtras;

/**
 * Creates a typed MentorKit client for browsers and Node.
 * @param options where the service is, which community, and optionally storage and fetch
 * @returns a client with one method per API operation
 * @example
 * const client = createClient({ baseUrl: 'http://localhost:8787', community: 'demo' });
 * await client.requestSignInCode({ email: 'ben@example.com' });
 * await client.verifySignInCode({ email: 'ben@example.com', code: '123456' });
 * const { items } = await client.listMentors({ q: 'react', freeOnly: 'true' });
 */
export function createClient(options: ClientOptions): MentorKitClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const { community, publishableKey, secretKey } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function send(
    spec: OperationSpec,
    input: Record<string, unknown> | undefined,
    call: CallOptions,
    token: string | undefined,
  ): Promise<Response> {
    const request = prepareRequest(spec, baseUrl, community, input);
    const headers = { ...request.headers, ...call.headers };
    if (publishableKey && spec.path.includes('{slug}')) headers['x-mentorkit-key'] = publishableKey;
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await doFetch(request.url, { method: request.method, headers, body: request.body, signal: call.signal });
    } catch (error) {
      if (isAbortError(error) || call.signal?.aborted) throw call.signal?.reason ?? error;
      throw new MentorKitApiError('NETWORK_ERROR', 0, `Could not reach ${baseUrl}: ${(error as Error).message}`, { cause: error });
    }
  }

  async function read(spec: OperationSpec, response: Response): Promise<unknown> {
    if (!response.ok) throw await errorFromResponse(response);
    if (spec.output === 'blob') return response.blob();
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }

  async function call(spec: OperationSpec, input?: Record<string, unknown>, callOptions: CallOptions = {}): Promise<unknown> {
    if (spec.session) {
      const result = (await read(spec, await send(spec, input, callOptions, undefined))) as AuthResult;
      await auth.save(result);
      return result;
    }
    const session = await auth.read();
    let response = await send(spec, input, callOptions, session?.accessToken ?? secretKey);
    if (response.status === 401 && session) {
      const refused = await errorFromResponse(response);
      if (refused.code !== 'INVALID_TOKEN') throw refused;
      const renewed = await auth.refresh(session);
      if (!renewed) throw refused;
      response = await send(spec, input, callOptions, renewed.accessToken);
    }
    return read(spec, response);
  }

  const auth = new AuthState(
    options.storage ?? defaultStorage(),
    storageKey(baseUrl, community),
    (refreshToken) => call(operations.refreshSession, { refreshToken }) as Promise<AuthResult>,
  );

  const client: Record<string, unknown> = {};
  for (const [id, spec] of Object.entries(operations) as [OperationId, OperationSpec][]) {
    client[id] = (input?: Record<string, unknown>, callOptions?: CallOptions) => {
      // An operation without input called as `op({ signal })` (plain JavaScript ignores the types):
      // honour the options instead of dropping the signal.
      if (!spec.input && !callOptions && input && (input.signal instanceof AbortSignal || 'headers' in input)) {
        return call(spec, undefined, input as CallOptions);
      }
      return call(spec, input, callOptions);
    };
  }

  let realtimeConfig: Promise<PublicCommunity['realtime']> | undefined;
  const realtime = createRealtimeClient({
    baseUrl,
    config() {
      realtimeConfig ??= (call(operations.getCommunity) as Promise<PublicCommunity>).then(
        (info) => info.realtime,
        (error: unknown) => {
          realtimeConfig = undefined;
          throw error;
        },
      );
      return realtimeConfig;
    },
    authorize: (socketId, channelName) =>
      call(operations.authorizeRealtimeChannel, { socket_id: socketId, channel_name: channelName }) as Promise<RealtimeAuth>,
  });

  // Every channel is private to a member: signing out, or in as someone else, ends the connection and
  // its subscriptions (the new member subscribes again to their own channels).
  let realtimeMember: string | null | undefined;
  auth.onChange((user) => {
    const memberId = user?.member.id ?? null;
    if (realtimeMember !== undefined && memberId !== realtimeMember) realtime.disconnect();
    realtimeMember = memberId;
  });

  const extras: ClientExtras = {
    baseUrl,
    community,
    realtime,
    onAuthChange: (listener) => auth.onChange(listener),
    currentUser: async () => (await auth.read())?.user ?? null,
    accessToken: async () => (await auth.read())?.accessToken ?? null,
    setSession: async (result) => void (await auth.save(result)),
    async signOut(input = {}, callOptions) {
      const refreshToken = input.refreshToken ?? (await auth.read())?.refreshToken;
      try {
        if (refreshToken) await call(operations.signOut, { refreshToken }, callOptions);
      } finally {
        await auth.clear();
      }
    },
    async refreshSession(input = {}, callOptions) {
      const refreshToken = input.refreshToken ?? (await auth.read())?.refreshToken;
      if (!refreshToken) return null;
      const result = (await call(operations.refreshSession, { refreshToken }, callOptions)) as AuthResult;
      return result.user;
    },
  };
  return Object.assign(client, extras) as unknown as MentorKitClient;
}

export type { StoredSession };
