// Clients for the real-time conformance suite: the unmodified pusher-js (Node build), a raw `ws` socket
// for frames pusher-js would never send, and the `pusher` REST SDK. Everything talks to a real endpoint.
import PusherClient from 'pusher-js';
import PusherRest from 'pusher';
import WebSocket from 'ws';
import { signChannel, signUser } from '../realtime/pusher-signatures.js';

/** A Pusher-protocol endpoint: where sockets connect and REST requests go, and its credentials. */
export interface Endpoint {
  host: string;
  port: number;
  appId: string;
  key: string;
  secret: string;
}

export interface Frame {
  event: string;
  channel?: string;
  /** `data` parsed when it is a JSON string (as pusher-js does). */
  data: any;
  /** The frame's `data` exactly as received. */
  rawData: unknown;
  user_id?: string;
}

/** A WebSocket that records every frame; for malformed input, close codes and exact wire checks. */
export class RawSocket {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: Array<{ accept: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('message', (raw) => {
      const parsed = JSON.parse(raw.toString()) as Omit<Frame, 'rawData'>;
      let data: unknown = parsed.data;
      if (typeof data === 'string') {
        try {
          data = JSON.parse(data);
        } catch {
          /* a string that is not JSON stays a string */
        }
      }
      const frame: Frame = { ...parsed, data, rawData: parsed.data };
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => (w.accept(frame) ? (w.resolve(frame), false) : true));
    });
  }

  /** Opens `/app/{key}?protocol=7` (or `path`) and resolves once the socket is open. */
  static async open(endpoint: Endpoint, path = `/app/${endpoint.key}?protocol=7&client=js&version=8.6.0&flash=false`): Promise<RawSocket> {
    const ws = new WebSocket(`ws://${endpoint.host}:${endpoint.port}${path}`);
    const socket = new RawSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return socket;
  }

  /** Opens a socket and waits for `pusher:connection_established`; returns it with its socket id. */
  static async connect(endpoint: Endpoint): Promise<RawSocket & { socketId: string }> {
    const socket = await RawSocket.open(endpoint);
    const established = await socket.next((f) => f.event === 'pusher:connection_established');
    return Object.assign(socket, { socketId: established.data.socket_id as string });
  }

  /** The first frame (already received or still to come) that `accept` takes. */
  next(accept: (frame: Frame) => boolean): Promise<Frame> {
    const seen = this.frames.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ accept, resolve }));
  }

  /** The first frame after those already received. */
  nextNew(accept: (frame: Frame) => boolean): Promise<Frame> {
    return new Promise((resolve) => this.waiters.push({ accept, resolve }));
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /**
   * Sends `pusher:ping` and waits for the pong: the server handles one socket's frames in order, so every
   * answer to what was sent before is in `frames` afterwards. Returns the frames that arrived meanwhile.
   */
  async roundTrip(): Promise<Frame[]> {
    const from = this.frames.length;
    this.send({ event: 'pusher:ping', data: {} });
    await this.nextNew((f) => f.event === 'pusher:pong');
    return this.frames.slice(from).filter((f) => f.event !== 'pusher:pong');
  }

  /** Subscribes and waits for the answer (success or error). */
  async subscribe(channel: string, extra: Record<string, unknown> = {}): Promise<Frame> {
    const answer = this.nextNew((f) => f.channel === channel && /subscription_(succeeded|error)$/.test(f.event));
    this.send({ event: 'pusher:subscribe', data: { channel, auth: '', ...extra } });
    return answer;
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close();
  }
}

export type ChannelAuthorizer = (socketId: string, channel: string) => Promise<{ auth: string; channel_data?: string }>;

/** Signs like a host backend would, with the endpoint's key and secret; `presence` supplies channel_data. */
export function localAuthorizer(
  endpoint: Endpoint,
  presence: { user_id: string | number; user_info?: unknown } = { user_id: 'u1' },
): ChannelAuthorizer {
  return async (socketId, channel) => {
    if (!channel.startsWith('presence-')) return { auth: signChannel(endpoint.key, endpoint.secret, socketId, channel) };
    const channelData = JSON.stringify(presence);
    return { auth: signChannel(endpoint.key, endpoint.secret, socketId, channel, channelData), channel_data: channelData };
  };
}

export function signedUser(endpoint: Endpoint, socketId: string, user: { id: string; [k: string]: unknown }) {
  const userData = JSON.stringify(user);
  return { auth: signUser(endpoint.key, endpoint.secret, socketId, userData), user_data: userData };
}

/** Every pusher-js client a test makes, so `disconnectAll` can end them (pusher-js keeps timers). */
const live = new Set<PusherClient>();

/** The unmodified pusher-js against `endpoint`, with channel authorization by `authorize`. */
export function pusherJs(
  endpoint: Endpoint,
  options: { authorize?: ChannelAuthorizer; user?: { id: string; [k: string]: unknown }; key?: string } = {},
): PusherClient {
  const authorize = options.authorize ?? localAuthorizer(endpoint);
  const client = new PusherClient(options.key ?? endpoint.key, {
    cluster: 'conformance',
    wsHost: endpoint.host,
    wsPort: endpoint.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        authorize(socketId, channelName).then(
          (auth) => callback(null, auth),
          (error: Error) => callback(error, null),
        );
      },
    },
    userAuthentication: {
      customHandler: ({ socketId }, callback) => {
        if (!options.user) return callback(new Error('no user for this client'), null);
        callback(null, signedUser(endpoint, socketId, options.user));
      },
    },
  });
  live.add(client);
  return client;
}

export function disconnectAll(): void {
  for (const client of live) client.disconnect();
  live.clear();
}

/** Resolves once pusher-js is connected; returns its socket id. */
export function connected(client: PusherClient): Promise<string> {
  if (client.connection.state === 'connected') return Promise.resolve(client.connection.socket_id);
  return new Promise((resolve) => {
    const onConnected = () => {
      client.connection.unbind('connected', onConnected);
      resolve(client.connection.socket_id);
    };
    client.connection.bind('connected', onConnected);
  });
}

/** Subscribes and resolves with `pusher:subscription_succeeded`'s data, or rejects with the subscription error. */
export function subscribed(client: PusherClient, channel: string): Promise<any> {
  const joined = client.subscribe(channel);
  return new Promise((resolve, reject) => {
    joined.bind('pusher:subscription_succeeded', resolve);
    joined.bind('pusher:subscription_error', (error: unknown) => reject(Object.assign(new Error('subscription_error'), { data: error })));
  });
}

/** The next `event` on `channel` (data and metadata as pusher-js hands them to `bind`). */
export function nextEvent(client: PusherClient, channel: string, event: string): Promise<{ data: any; metadata: any }> {
  return new Promise((resolve) => {
    const joined = client.channel(channel) ?? client.subscribe(channel);
    const handler = (data: unknown, metadata: unknown) => {
      joined.unbind(event, handler);
      resolve({ data, metadata });
    };
    joined.bind(event, handler);
  });
}

/** Records every event pusher-js delivers on `channel`. */
export function recorder(client: PusherClient, channel: string): Array<{ event: string; data: any }> {
  const seen: Array<{ event: string; data: any }> = [];
  (client.channel(channel) ?? client.subscribe(channel)).bind_global((event: string, data: unknown) => seen.push({ event, data }));
  return seen;
}

/** The `pusher` REST SDK against `endpoint`. */
export function restClient(endpoint: Endpoint, overrides: Partial<{ key: string; secret: string; appId: string }> = {}): PusherRest {
  return new PusherRest({
    appId: overrides.appId ?? endpoint.appId,
    key: overrides.key ?? endpoint.key,
    secret: overrides.secret ?? endpoint.secret,
    host: endpoint.host,
    port: String(endpoint.port),
    useTLS: false,
  });
}

let unique = 0;
/** A channel name no other test uses (tests never share channels). */
export function channelName(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${++unique}`;
}
