import Pusher from 'pusher';
import type { Logger } from '../logger.js';
import type { ChannelSignature, RealtimeClientConfig, RealtimeService } from './realtime-port.js';

export interface HostedRealtimeOptions {
  appId: string;
  key: string;
  secret: string;
  /** Hosted Pusher's cluster (`eu`, `mt1`, …); any string when `host` is set. */
  cluster: string;
  /** Any Pusher-compatible server instead of `api-{cluster}.pusher.com`. */
  host?: string;
  port?: number;
  useTLS: boolean;
}

/** Hosted Pusher accepts at most this many channels in one trigger. */
const CHANNELS_PER_TRIGGER = 100;

/**
 * Publishes through the official `pusher` SDK: hosted Pusher, or any Pusher-compatible server
 * (`PUSHER_HOST`). This is the way past one node — every service instance publishes to the same server.
 */
export class HostedRealtime implements RealtimeService {
  readonly kind = 'hosted' as const;
  readonly clientConfig: RealtimeClientConfig;
  private readonly pusher: Pusher;

  constructor(
    options: HostedRealtimeOptions,
    private readonly logger?: Logger,
  ) {
    const base = { appId: options.appId, key: options.key, secret: options.secret, useTLS: options.useTLS, timeout: 10_000 };
    this.pusher = options.host
      ? new Pusher({ ...base, host: options.host, port: options.port === undefined ? undefined : String(options.port) })
      : new Pusher({ ...base, cluster: options.cluster });
    this.clientConfig = {
      key: options.key,
      cluster: options.cluster,
      host: options.host ?? `ws-${options.cluster}.pusher.com`,
      port: options.port ?? (options.useTLS ? 443 : 80),
      useTLS: options.useTLS,
    };
  }

  /**
   * Never rejects: delivery is at most once anyway and clients catch up on reconnect, so an outage of the
   * Pusher server must not fail the booking or message that caused the event. Failures are logged.
   */
  async publish(channels: string[], event: string, data: unknown, options: { excludeSocketId?: string } = {}): Promise<void> {
    const serialized = JSON.stringify(data ?? null);
    const params = options.excludeSocketId ? { socket_id: options.excludeSocketId } : undefined;
    for (let i = 0; i < channels.length; i += CHANNELS_PER_TRIGGER) {
      try {
        await this.pusher.trigger(channels.slice(i, i + CHANNELS_PER_TRIGGER), event, serialized, params);
      } catch (error) {
        const status = (error as { status?: number }).status;
        this.logger?.warn({ event, channels: channels.length, status, err: (error as Error).message }, 'real-time publish failed');
      }
    }
  }

  signChannel(socketId: string, channel: string, presence?: { userId: string; userInfo: unknown }): ChannelSignature {
    const data = presence ? { user_id: presence.userId, user_info: presence.userInfo as Record<string, unknown> } : undefined;
    return this.pusher.authorizeChannel(socketId, channel, data);
  }

  async close(): Promise<void> {}
}
