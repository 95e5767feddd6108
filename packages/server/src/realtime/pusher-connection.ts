import WebSocket, { type RawData } from 'ws';
import { frame, type ChannelRegistry, type Subscriber } from './channel-registry.js';
import { constantTimeEqual, signChannel, signUser } from './pusher-signatures.js';

/** What a connection needs from the endpoint that accepted it. */
export interface ConnectionHost {
  readonly key: string;
  readonly secret: string;
  readonly registry: ChannelRegistry;
  readonly activityTimeoutMs: number;
  readonly pongTimeoutMs: number;
  signedIn(connection: PusherConnection, userId: string): void;
  closed(connection: PusherConnection): void;
}

/** Hosted Pusher's limits, kept so a client written here behaves the same there (pusher-protocol.md §2, §4). */
export const CLIENT_EVENTS_PER_SECOND = 10;
export const MAX_EVENT_DATA_BYTES = 10 * 1024;
const CHANNEL_NAME = /^(#server-to-user-)?[A-Za-z0-9_\-=@,.;]{1,164}$/;
/** A client that reads slower than we write is dropped (4100: pusher-js retries after a second). */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

type Json = Record<string, unknown>;
/** Frames are JSON text: a Buffer handed to `send` (a broadcast's shared bytes) still goes out as a text frame. */
const TEXT_FRAME = { binary: false } as const;

/** One pusher-js connection: the protocol of pusher-protocol.md §2 and §6 for a single socket. */
export class PusherConnection implements Subscriber {
  readonly channels = new Set<string>();
  /** Set by `pusher:signin`: the user and the info presence channels use when auth brings no channel_data. */
  userId: string | undefined;
  private userInfo: unknown = null;
  private lastActivity = Date.now();
  private pingSentAt: number | undefined;
  private timer: NodeJS.Timeout;
  private windowStart = 0;
  private windowCount = 0;

  constructor(
    readonly socketId: string,
    private readonly ws: WebSocket,
    private readonly host: ConnectionHost,
  ) {
    ws.on('message', (raw, isBinary) => this.receive(raw, isBinary));
    ws.on('close', () => this.cleanUp());
    ws.on('error', () => ws.terminate());
    this.send(
      frame(
        'pusher:connection_established',
        JSON.stringify({ socket_id: socketId, activity_timeout: Math.max(1, Math.round(host.activityTimeoutMs / 1000)) }),
      ),
    );
    this.timer = setTimeout(() => this.checkActivity(), host.activityTimeoutMs);
  }

  send(serialized: string | Buffer): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) return this.close(4100, 'Reading too slowly; reconnect');
    this.ws.send(serialized, TEXT_FRAME);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close(code, reason);
  }

  private error(code: number | null, message: string): void {
    this.send(frame('pusher:error', JSON.stringify({ code, message })));
  }

  private subscriptionError(channel: string, status: number, error: string): void {
    const type = status === 401 || status === 403 ? 'AuthError' : 'SubscriptionError';
    this.send(frame('pusher:subscription_error', JSON.stringify({ type, error, status }), channel));
  }

  private receive(raw: RawData, isBinary: boolean): void {
    this.lastActivity = Date.now();
    if (isBinary) return this.error(null, 'Frames must be UTF-8 JSON text');
    let message: unknown;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      return this.error(null, 'Frames must be JSON: {"event": "...", "data": ...}');
    }
    if (!isObject(message) || typeof message.event !== 'string') return this.error(null, 'Every frame needs a string "event"');
    const data = parseData(message.data);
    switch (message.event) {
      case 'pusher:ping':
        return this.send(frame('pusher:pong', '{}'));
      case 'pusher:pong':
        return;
      case 'pusher:subscribe':
        return this.subscribe(data);
      case 'pusher:unsubscribe':
        if (typeof data?.channel === 'string') {
          this.host.registry.unsubscribe(this, data.channel);
          this.channels.delete(data.channel);
        }
        return;
      case 'pusher:signin':
        return this.signIn(data);
      default:
        if (message.event.startsWith('client-')) return this.clientEvent(message.event, message.channel, message.data);
        return this.error(null, `Unknown event ${JSON.stringify(message.event.slice(0, 64))}`);
    }
  }

  private subscribe(data: Json | undefined): void {
    const channel = data?.channel;
    if (typeof channel !== 'string') return this.error(null, 'pusher:subscribe needs data.channel');
    if (!CHANNEL_NAME.test(channel))
      return this.subscriptionError(channel, 400, 'Channel names are 1–164 characters of A–Z a–z 0–9 _ - = @ , . ;');
    const { registry, key, secret } = this.host;
    const auth = typeof data!.auth === 'string' ? data!.auth : '';
    if (channel.startsWith('#server-to-user-')) {
      if (this.userId === undefined || channel !== `#server-to-user-${this.userId}`)
        return this.subscriptionError(channel, 403, 'Only the signed-in user may subscribe to their own channel');
      registry.subscribe(this, channel);
    } else if (channel.startsWith('presence-')) {
      let channelData = typeof data!.channel_data === 'string' ? data!.channel_data : undefined;
      if (!constantTimeEqual(auth, signChannel(key, secret, this.socketId, channel, channelData)))
        return this.subscriptionError(channel, 401, 'Invalid signature');
      channelData ??= this.userId === undefined ? undefined : JSON.stringify({ user_id: this.userId, user_info: this.userInfo });
      const member = parseMember(channelData);
      if (!member)
        return this.subscriptionError(
          channel,
          400,
          'Presence channels need channel_data {"user_id": "...", "user_info": {...}} or a signed-in user',
        );
      const presence = registry.subscribePresence(this, channel, member);
      this.channels.add(channel);
      return this.send(frame('pusher_internal:subscription_succeeded', JSON.stringify({ presence }), channel));
    } else if (channel.startsWith('private-')) {
      if (!constantTimeEqual(auth, signChannel(key, secret, this.socketId, channel)))
        return this.subscriptionError(channel, 401, 'Invalid signature');
      registry.subscribe(this, channel);
    } else {
      registry.subscribe(this, channel);
    }
    this.channels.add(channel);
    this.send(frame('pusher_internal:subscription_succeeded', '{}', channel));
  }

  private signIn(data: Json | undefined): void {
    const auth = typeof data?.auth === 'string' ? data.auth : '';
    const userData = typeof data?.user_data === 'string' ? data.user_data : '';
    const user = parseData(userData);
    if (
      !constantTimeEqual(auth, signUser(this.host.key, this.host.secret, this.socketId, userData)) ||
      typeof user?.id !== 'string' ||
      user.id === ''
    ) {
      this.error(4009, 'Sign-in refused: invalid signature or user_data without an "id"');
      return this.close(4009, 'Unauthorized');
    }
    this.userId = user.id;
    this.userInfo = user.user_info ?? null;
    this.host.signedIn(this, user.id);
    this.send(frame('pusher:signin_success', JSON.stringify({ user_data: userData })));
  }

  private clientEvent(event: string, channel: unknown, data: unknown): void {
    if (typeof channel !== 'string') return this.error(null, 'Client events need a channel');
    if (!/^(private-|presence-)/.test(channel) || channel.startsWith('private-encrypted-')) {
      return this.error(null, 'Client events are only allowed on private and presence channels (not encrypted ones)');
    }
    if (!this.channels.has(channel)) return this.error(null, `Subscribe to ${channel} before triggering client events on it`);
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    if (++this.windowCount > CLIENT_EVENTS_PER_SECOND)
      return this.error(4301, `At most ${CLIENT_EVENTS_PER_SECOND} client events per second; this one was dropped`);
    const size = Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data ?? null));
    if (size > MAX_EVENT_DATA_BYTES)
      return this.error(null, `Client event data is limited to ${MAX_EVENT_DATA_BYTES} bytes (got ${size}); it was dropped`);
    const userId = channel.startsWith('presence-') ? this.host.registry.presenceUserOf(this, channel) : undefined;
    const out = JSON.stringify(userId === undefined ? { event, channel, data } : { event, channel, data, user_id: userId });
    this.host.registry.broadcast(channel, out, this.socketId);
  }

  /** Silence for activity_timeout → ping; no answer within the pong timeout → 4201 (§6). */
  private checkActivity(): void {
    const now = Date.now();
    if (this.pingSentAt !== undefined) {
      if (this.lastActivity > this.pingSentAt) this.pingSentAt = undefined;
      else return this.close(4201, 'Pong reply not received');
    }
    const idle = now - this.lastActivity;
    if (idle < this.host.activityTimeoutMs) {
      this.timer = setTimeout(() => this.checkActivity(), this.host.activityTimeoutMs - idle);
      return;
    }
    this.pingSentAt = now;
    this.send(frame('pusher:ping', '{}'));
    this.timer = setTimeout(() => this.checkActivity(), this.host.pongTimeoutMs);
  }

  private cleanUp(): void {
    clearTimeout(this.timer);
    this.host.registry.unsubscribeAll(this, this.channels);
    this.channels.clear();
    this.host.closed(this);
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `data` arrives as an object from pusher-js and as a JSON string from some clients: accept both. */
function parseData(data: unknown): Json | undefined {
  if (isObject(data)) return data;
  if (typeof data !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(data);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function parseMember(channelData: string | undefined): { userId: string; userInfo: unknown } | undefined {
  const parsed = parseData(channelData);
  const id = parsed?.user_id;
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') return undefined;
  return { userId: String(id), userInfo: parsed!.user_info ?? null };
}
