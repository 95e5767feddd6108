import type { RealtimeAuth, RealtimeClientConfig } from '@mentorkit/core';

/** What a subscriber receives with each event: `userId` is the sender of a client event on a presence channel. */
export interface RealtimeEventMeta {
  userId?: string;
}

// `data` is each event's own payload (the API shape it announces); handlers know their events and narrow it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the published `client.realtime.subscribe` signature
export type RealtimeHandler = (event: string, data: any, meta: RealtimeEventMeta) => void;
export type RealtimeConnectionState = 'connecting' | 'connected' | 'unavailable' | 'disconnected';
export type RealtimeConnectionHandler = (state: RealtimeConnectionState, info: { reconnected: boolean }) => void;

/**
 * Live events over the Pusher protocol (docs/realtime.md). pusher-js is loaded on the first `subscribe`,
 * so pages that never subscribe never download it.
 */
export interface RealtimeClient {
  /**
   * Receives every event on `channel` (the service's own events, client events, and `pusher:*` notices
   * such as `pusher:subscription_error` and presence `pusher:member_added`). Connects on first use.
   * @returns a function that stops this handler (the channel is left when its last handler goes)
   * @example const stop = client.realtime.subscribe(`private-member-${me.member.id}`, (event, data) => console.log(event, data));
   */
  subscribe(channel: string, handler: RealtimeHandler): () => void;
  /**
   * Follows the connection. `reconnected` is true on a `connected` that follows a loss: events sent in
   * between were not delivered, so re-read what you show (`since` a cursor).
   */
  onConnectionChange(handler: RealtimeConnectionHandler): () => void;
  /** Sends a client event to the other subscribers of a private/presence channel; false when not subscribed yet. */
  trigger(channel: string, event: `client-${string}`, data: unknown): boolean;
  /** This connection's socket id (send it to exclude yourself from an event), null before connecting. */
  readonly socketId: string | null;
  /** Closes the connection and forgets every subscription. */
  disconnect(): void;
}

/** The part of pusher-js this module uses (its own types are not needed at runtime). */
interface PusherChannel {
  bind_global(callback: (event: string, data: unknown) => void): void;
  trigger(event: string, data: unknown): boolean;
  subscribed: boolean;
}
interface PusherInstance {
  subscribe(channel: string): PusherChannel;
  unsubscribe(channel: string): void;
  channel(channel: string): PusherChannel | undefined;
  disconnect(): void;
  connection: {
    socket_id?: string;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pusher-js's own signature for connection events
    bind(event: string, callback: (payload: any) => void): void;
  };
}
type PusherConstructor = new (key: string, options: Record<string, unknown>) => PusherInstance;

export interface RealtimeDeps {
  baseUrl: string;
  /** The community's real-time settings (`getCommunity().realtime`); null when real-time is off. */
  config(): Promise<RealtimeClientConfig | null>;
  /** `authorizeRealtimeChannel` with the current access token (the client refreshes it when needed). */
  authorize(socketId: string, channelName: string): Promise<RealtimeAuth>;
  /** Tests may pass their own; by default `import('pusher-js')`. */
  loadPusher?: () => Promise<PusherConstructor>;
}

/**
 * Browsers load the SDK's own build of pusher-js (`vendor/pusher-ws.ts`: pusher-js's core with a
 * WebSocket-only runtime, ~11 KB gzip instead of 18; see scripts/build-pusher-ws.mjs). Node loads the
 * pusher-js package (its Node build brings a WebSocket for Node 20). The package name is not a literal,
 * so bundlers leave the Node build out of browser bundles.
 */
async function importPusher(): Promise<PusherConstructor> {
  const inNode = !!(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  const nodePackage = inNode ? 'pusher-js' : '';
  const module = (await (inNode ? import(/* webpackIgnore: true */ /* @vite-ignore */ nodePackage) : import('./vendor/pusher-ws.js'))) as {
    default?: PusherConstructor;
  };
  const Pusher = module.default;
  if (!Pusher) throw new Error('pusher-js did not load');
  return Pusher;
}

/** pusher-js options for the community's settings; the built-in endpoint lives on the API's own origin. */
export function pusherOptions(config: RealtimeClientConfig, baseUrl: string): Record<string, unknown> {
  const api = new URL(baseUrl || '/', (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost');
  const useTLS = config.useTLS ?? api.protocol === 'https:';
  const port = config.port ?? (api.port ? Number(api.port) : useTLS ? 443 : 80);
  return {
    cluster: config.cluster,
    wsHost: config.host ?? api.hostname,
    wsPort: port,
    wssPort: port,
    wsPath: config.host === null ? api.pathname.replace(/\/+$/, '') : '',
    forceTLS: useTLS,
    enabledTransports: ['ws', 'wss'],
    disableStats: true,
  };
}

/** Builds `client.realtime`. */
export function createRealtimeClient(deps: RealtimeDeps): RealtimeClient {
  const handlers = new Map<string, Set<RealtimeHandler>>();
  const connectionHandlers = new Set<RealtimeConnectionHandler>();
  let pusher: PusherInstance | null = null;
  let loading: Promise<PusherInstance | null> | null = null;
  let everConnected = false;
  /** HTTP status of the last refused authorization per channel: pusher-js drops it for custom handlers. */
  const refusals = new Map<string, number>();
  /** Bumped by `disconnect()` so a connection still loading is dropped when it arrives. */
  let generation = 0;

  const deliver = (channel: string, event: string, data: unknown, meta: RealtimeEventMeta) => {
    for (const handler of [...(handlers.get(channel) ?? [])]) handler(event, data, meta);
  };

  async function connect(): Promise<PusherInstance | null> {
    const config = await deps.config();
    if (!config) return null;
    const Pusher = await (deps.loadPusher ?? importPusher)();
    const instance = new Pusher(config.key, {
      ...pusherOptions(config, deps.baseUrl),
      channelAuthorization: {
        customHandler: (
          { socketId, channelName }: { socketId: string; channelName: string },
          callback: (error: Error | null, data: RealtimeAuth | null) => void,
        ) => {
          deps.authorize(socketId, channelName).then(
            (auth) => callback(null, auth),
            (error: Error & { status?: number }) => {
              if (error.status) refusals.set(channelName, error.status);
              callback(error, null);
            },
          );
        },
      },
    });
    // Service and client events carry `user_id` only on the raw message; `pusher:*` notices come through the channel.
    instance.connection.bind('message', (message: { event: string; channel?: string; data: unknown; user_id?: string }) => {
      if (!message.channel || message.event.startsWith('pusher')) return;
      deliver(message.channel, message.event, message.data, message.user_id === undefined ? {} : { userId: message.user_id });
    });
    instance.connection.bind('state_change', ({ current }: { current: string }) => {
      const state: RealtimeConnectionState | undefined =
        current === 'connected' || current === 'connecting' || current === 'unavailable' || current === 'disconnected'
          ? current
          : current === 'failed'
            ? 'unavailable'
            : undefined;
      if (!state) return;
      const reconnected = state === 'connected' && everConnected;
      if (state === 'connected') everConnected = true;
      for (const handler of [...connectionHandlers]) handler(state, { reconnected });
    });
    return instance;
  }

  function join(instance: PusherInstance, channel: string): void {
    instance.subscribe(channel).bind_global((event, data) => {
      if (!event.startsWith('pusher:')) return;
      const status = event === 'pusher:subscription_error' ? refusals.get(channel) : undefined;
      refusals.delete(channel);
      deliver(
        channel,
        event,
        status !== undefined && typeof data === 'object' && data && !('status' in data) ? { ...data, status } : data,
        {},
      );
    });
  }

  function ensureConnected(): void {
    if (pusher || loading) return;
    const started = generation;
    loading = connect().then(
      (instance) => {
        loading = null;
        if (started !== generation) {
          instance?.disconnect();
          return null;
        }
        pusher = instance;
        if (instance) for (const channel of handlers.keys()) join(instance, channel);
        return instance;
      },
      (error: unknown) => {
        loading = null;
        for (const [channel] of handlers)
          deliver(channel, 'pusher:subscription_error', { type: 'ConnectionError', error: String(error), status: 0 }, {});
        return null;
      },
    );
  }

  return {
    subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        handlers.set(channel, (set = new Set()));
        if (pusher) join(pusher, channel);
      }
      set.add(handler);
      ensureConnected();
      return () => {
        if (!set.delete(handler) || set.size > 0 || handlers.get(channel) !== set) return;
        handlers.delete(channel);
        pusher?.unsubscribe(channel);
      };
    },
    onConnectionChange(handler) {
      connectionHandlers.add(handler);
      return () => void connectionHandlers.delete(handler);
    },
    trigger(channel, event, data) {
      const joined = pusher?.channel(channel);
      return !!joined?.subscribed && joined.trigger(event, data);
    },
    get socketId() {
      return pusher?.connection.socket_id ?? null;
    },
    disconnect() {
      generation++;
      handlers.clear();
      pusher?.disconnect();
      pusher = null;
      everConnected = false;
    },
  };
}
