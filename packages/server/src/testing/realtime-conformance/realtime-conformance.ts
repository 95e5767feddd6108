// The real-time conformance suite (pusher-protocol.md §7): the unmodified pusher-js 8 (Node), a raw `ws`
// client and the `pusher` 5 SDK against a Pusher-protocol endpoint. It runs against the built-in
// endpoint (built-in-realtime.test.ts) and through the hosted adapter (hosted-realtime.test.ts). The
// cases live in `*-cases.ts` files beside this one, one area each; none is a test file by itself. Every test uses channels of its
// own; "not delivered" is proven by a later marker on the same socket, never by waiting for a while.
import { after, afterEach, before, describe } from 'node:test';
import { disconnectAll, RawSocket, type Endpoint } from '../realtime-clients.js';
import type { TestServer } from '../test-server.js';
import { channelAuthCases } from './channel-auth-cases.js';
import { clientEventCases } from './client-event-cases.js';
import { connectionCases } from './connection-cases.js';
import { publishingCases } from './publishing-cases.js';
import { md5Hex, signRequest } from '../../realtime/pusher-signatures.js';
import { restApiCases } from './rest-api-cases.js';
import { subscriptionCases } from './subscription-cases.js';

export interface RealtimeTarget {
  /** The MentorKit service whose `services.realtime` publishes and whose `authorizeRealtimeChannel` signs. */
  service: TestServer;
  /** Where clients connect and REST requests go (the service itself, or the server the hosted adapter uses). */
  endpoint: Endpoint;
  stop(): Promise<void>;
}

/** What the case files get: the target (after `before`) and helpers that clean up after each test. */
export interface ConformanceContext {
  readonly target: RealtimeTarget;
  readonly endpoint: Endpoint;
  /** A raw socket past `connection_established`, closed after the test. */
  raw(): Promise<RawSocket & { socketId: string }>;
  /** Closes `socket` after the test. */
  track<T extends RawSocket>(socket: T): T;
  /** A hand-made signed REST request, to vary one thing at a time. */
  signed(
    method: string,
    path: string,
    body: string | undefined,
    tweak?: { timestamp?: number; secret?: string; md5?: string; key?: string },
  ): Promise<{ status: number; text: string }>;
}

export function runRealtimeConformance(name: string, start: () => Promise<RealtimeTarget>, options: { skip?: string } = {}): void {
  describe(`real-time conformance: ${name}`, { skip: options.skip }, () => {
    let target: RealtimeTarget | undefined;
    const sockets: RawSocket[] = [];
    const ctx: ConformanceContext = {
      get target() {
        if (!target) throw new Error('the conformance target is not started yet');
        return target;
      },
      get endpoint() {
        return ctx.target.endpoint;
      },
      async raw() {
        return ctx.track(await RawSocket.connect(ctx.endpoint));
      },
      track(socket) {
        sockets.push(socket);
        return socket;
      },
      async signed(method, path, body, tweak = {}) {
        const endpoint = ctx.endpoint;
        const params: Record<string, string> = {
          auth_key: tweak.key ?? endpoint.key,
          auth_timestamp: String(tweak.timestamp ?? Math.floor(Date.now() / 1000)),
          auth_version: '1.0',
        };
        if (body !== undefined) params.body_md5 = tweak.md5 ?? md5Hex(body);
        const signature = signRequest(tweak.secret ?? endpoint.secret, method, path, params);
        const query = new URLSearchParams({ ...params, auth_signature: signature });
        const response = await fetch(`http://${endpoint.host}:${endpoint.port}${path}?${query}`, {
          method,
          body,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
        });
        return { status: response.status, text: await response.text() };
      },
    };

    before(async () => {
      target = await start();
    });
    afterEach(() => {
      disconnectAll();
      for (const socket of sockets.splice(0)) socket.close();
    });
    after(() => target?.stop());

    connectionCases(ctx);
    publishingCases(ctx);
    subscriptionCases(ctx);
    clientEventCases(ctx);
    restApiCases(ctx);
    channelAuthCases(() => ctx.target);
  });
}
