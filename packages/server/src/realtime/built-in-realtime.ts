import type { IncomingMessage, Server } from 'node:http';
import { randomInt } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { Hono } from 'hono';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import { ChannelRegistry, frame } from './channel-registry.js';
import { PusherConnection, type ConnectionHost } from './pusher-connection.js';
import { signChannel } from './pusher-signatures.js';
import { pusherRestRoutes, type RestEnv } from './pusher-rest-routes.js';
import type { ChannelSignature, RealtimeClientConfig, RealtimeService } from './realtime-port.js';

export interface BuiltInRealtimeOptions {
  appId: string;
  key: string;
  secret: string;
  /** Seconds of silence before either side pings (pusher-protocol.md §6). */
  activityTimeoutSec: number;
  maxConnections: number;
  logger: Logger;
}

const SUPPORTED_PROTOCOLS = new Set(['5', '6', '7']);
/** Frames above this are refused by `ws` with close code 1009; event data itself is limited to 10 KB. */
const MAX_FRAME_BYTES = 64 * 1024;

/**
 * The built-in Pusher Channels protocol v7 server: WebSocket endpoint `/app/{key}` on the service's own
 * HTTP server and the REST API, so the unmodified pusher-js and pusher SDK work against it. One process
 * only: subscriptions live in memory (past one node, configure hosted Pusher).
 */
export class BuiltInRealtime implements RealtimeService, ConnectionHost {
  readonly kind = 'built-in' as const;
  readonly registry = new ChannelRegistry();
  readonly appId: string;
  readonly key: string;
  readonly secret: string;
  readonly activityTimeoutMs: number;
  readonly pongTimeoutMs: number;
  readonly clientConfig: RealtimeClientConfig;
  private readonly connections = new Map<string, PusherConnection>();
  private readonly users = new Map<string, Set<PusherConnection>>();
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  private readonly servers: Server[] = [];
  private closing = false;

  constructor(private readonly options: BuiltInRealtimeOptions) {
    this.appId = options.appId;
    this.key = options.key;
    this.secret = options.secret;
    this.activityTimeoutMs = options.activityTimeoutSec * 1000;
    this.pongTimeoutMs = Math.min(30_000, this.activityTimeoutMs);
    this.clientConfig = { key: options.key, cluster: 'mentorkit', host: null, port: null, useTLS: null };
  }

  attach(server: Server): void {
    server.on('upgrade', this.onUpgrade);
    this.servers.push(server);
  }

  restRoutes(): Hono<RestEnv> {
    return pusherRestRoutes(this);
  }

  signChannel(socketId: string, channel: string, presence?: { userId: string; userInfo: unknown }): ChannelSignature {
    if (!presence) return { auth: signChannel(this.key, this.secret, socketId, channel) };
    const channelData = JSON.stringify({ user_id: presence.userId, user_info: presence.userInfo });
    return { auth: signChannel(this.key, this.secret, socketId, channel, channelData), channel_data: channelData };
  }

  async publish(channels: string[], event: string, data: unknown, options: { excludeSocketId?: string } = {}): Promise<void> {
    this.trigger(channels, event, JSON.stringify(data ?? null), options.excludeSocketId);
  }

  /**
   * Delivers an event whose `data` is already a string (REST API and `publish`). The frame is serialized
   * and encoded once per channel; every socket on it is handed the same bytes (bench/realtime.bench.ts).
   */
  trigger(channels: string[], event: string, data: string, excludeSocketId?: string): void {
    for (const channel of channels) this.registry.broadcast(channel, Buffer.from(frame(event, data, channel)), excludeSocketId);
  }

  /** Closes every connection signed in as `userId` (REST `terminate_connections`). */
  terminateUser(userId: string): void {
    for (const connection of this.users.get(userId) ?? []) connection.close(4009, 'Connections of this user were terminated');
  }

  signedIn(connection: PusherConnection, userId: string): void {
    let set = this.users.get(userId);
    if (!set) this.users.set(userId, (set = new Set()));
    set.add(connection);
  }

  closed(connection: PusherConnection): void {
    this.connections.delete(connection.socketId);
    if (connection.userId === undefined) return;
    const set = this.users.get(connection.userId);
    set?.delete(connection);
    if (set?.size === 0) this.users.delete(connection.userId);
  }

  /**
   * Closes every connection with `code` and keeps serving: what a network loss or a proxy restart does
   * to clients (tests of reconnect and catch-up use it).
   */
  dropConnections(code = 4200, reason = 'Dropped; reconnect'): void {
    for (const connection of this.connections.values()) connection.close(code, reason);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Closes every socket with 4200 (pusher-js reconnects at once, to the next process) and waits for them. */
  async close(): Promise<void> {
    if (this.closing) return;
    // The upgrade listener stays: reconnects that arrive while the process stops are answered 4100.
    this.closing = true;
    const sockets = [...this.wss.clients];
    this.options.logger.info({ sockets: sockets.length }, 'closing real-time sockets (4200)');
    for (const ws of sockets) ws.close(4200, 'Server shutting down; reconnect');
    await Promise.all(
      sockets.map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) return resolve();
            const force = setTimeout(() => ws.terminate(), 2000);
            ws.once('close', () => {
              clearTimeout(force);
              resolve();
            });
          }),
      ),
    );
    // The WebSocketServer is not closed: with `noServer` it owns no port, and late upgrades still get 4100.
  }

  /** Runs inside the HTTP server's event: it must never throw, whatever the request line holds. */
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    let url: URL | undefined;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      /* not a URL: answered 404 below */
    }
    const match = url && /^\/app\/([^/]+)$/.exec(url.pathname);
    if (!url || !match) {
      socket.write('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    let key = match[1]!;
    try {
      key = decodeURIComponent(key);
    } catch {
      /* a malformed escape: compared as sent, so refused as an unknown key */
    }
    const protocol = url.searchParams.get('protocol');
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, key, protocol));
  };

  /** Handshake refusals send `pusher:error` and close with the same code (pusher-protocol.md §2). */
  private accept(ws: WebSocket, key: string, protocol: string | null): void {
    const refuse = (code: number, message: string) => {
      ws.send(frame('pusher:error', JSON.stringify({ code, message })));
      // Close reasons are limited to 123 bytes; the message (which may echo input) goes in the frame.
      ws.close(code, 'Refused');
    };
    // While stopping: 4100 makes pusher-js retry in a second, by when the next process (or node) answers.
    if (this.closing) return refuse(4100, 'Server restarting; retry shortly');
    if (key !== this.key) return refuse(4001, `Application key ${key.slice(0, 40)} does not exist`);
    if (protocol === null) return refuse(4008, 'No protocol version supplied: connect with ?protocol=7');
    if (!SUPPORTED_PROTOCOLS.has(protocol))
      return refuse(4007, `Unsupported protocol version ${protocol.slice(0, 10)}; this server speaks 7`);
    if (this.connections.size >= this.options.maxConnections) return refuse(4100, 'Over connection capacity; try again shortly');
    let socketId: string;
    do socketId = `${randomInt(1, 1_000_000_000)}.${randomInt(1, 1_000_000_000)}`;
    while (this.connections.has(socketId));
    this.connections.set(socketId, new PusherConnection(socketId, ws, this));
  }
}
