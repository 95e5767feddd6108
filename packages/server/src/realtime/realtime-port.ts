import type { Server } from 'node:http';
import type { Hono } from 'hono';

/**
 * The one way the service publishes real-time events (DESIGN.md "Real-time"). Two implementations are
 * chosen by configuration: the built-in Pusher-compatible endpoint (default) and hosted Pusher (or any
 * Pusher-compatible server) through the official `pusher` SDK. Nothing else in the server knows which
 * one is in use.
 */
export interface RealtimePublisher {
  /**
   * Publishes one event to each channel. `data` is serialized to JSON once. `excludeSocketId` leaves out
   * the connection that caused the change (Pusher's `socket_id` exclusion).
   */
  publish(channels: string[], event: string, data: unknown, options?: { excludeSocketId?: string }): Promise<void>;
  /** Ends connections (the built-in endpoint closes with 4200 so clients reconnect at once). */
  close(): Promise<void>;
}

/**
 * Where pusher-js connects, as the public community info tells widgets. `host`, `port` and `useTLS`
 * are null for the built-in endpoint: it lives on the API's own origin, so clients take them from the
 * base URL they already use.
 */
export interface RealtimeClientConfig {
  key: string;
  cluster: string;
  host: string | null;
  port: number | null;
  useTLS: boolean | null;
}

/** The Pusher `auth` answer for one channel subscription (`channel_data` for presence channels). */
export interface ChannelSignature {
  auth: string;
  channel_data?: string;
}

/** What `services.realtime` offers beyond publishing: the pieces the HTTP layer needs. */
export interface RealtimeService extends RealtimePublisher {
  readonly kind: 'built-in' | 'hosted' | 'silent';
  /** Null when real-time is off (CLI commands). */
  readonly clientConfig: RealtimeClientConfig | null;
  /** Signs a subscription with the key and secret of whichever server the clients use. */
  signChannel(socketId: string, channel: string, presence?: { userId: string; userInfo: unknown }): ChannelSignature;
  /** The built-in endpoint takes WebSocket upgrades on the service's own HTTP server. */
  attach?(server: Server): void;
  /** The built-in endpoint's REST API (`/apps/{appId}/…`), mounted at the root. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mounted at the root of an app whose context type it does not use
  restRoutes?(): Hono<any>;
}

/** Publishes nowhere: for CLI commands that open the services without serving. */
export class SilentRealtime implements RealtimeService {
  readonly kind = 'silent' as const;
  readonly clientConfig = null;
  async publish(): Promise<void> {}
  async close(): Promise<void> {}
  signChannel(): ChannelSignature {
    throw new Error('Real-time is off in this process');
  }
}
