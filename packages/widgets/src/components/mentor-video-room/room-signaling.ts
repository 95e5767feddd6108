import { chunkSignal, SignalReassembler, type NegotiationSignal } from '@mentorkit/core';
import type { RoomRealtime } from './room-realtime.js';

/** What the two room instances say to each other (client events on `private-session-{id}`). */
export type RoomMessage =
  /** "I am here": announced on join (to nobody in particular) and answered (to the announcer). `reset` asks for a new connection. */
  | { type: 'hello'; from: string; to: string | null; reset?: boolean }
  | { type: 'signal'; from: string; to: string; signal: NegotiationSignal }
  | { type: 'media'; from: string; to: string; audio: boolean; video: boolean; screen: boolean }
  | { type: 'bye'; from: string; to: string | null };

/** Pusher allows 10 client events per second per connection; stay below it. */
const MAX_EVENTS_PER_SECOND = 8;
const EVENT = 'client-room';

/**
 * The room's signaling line: messages split into ≤ 8 KB client events (`chunkSignal`), sent at most 8
 * per second in order, put back together on arrival and filtered to those addressed to this instance.
 * Each page load is one `instanceId`, so a reload or a second device is recognised as a new peer.
 */
export class RoomSignaling {
  readonly instanceId = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
  private readonly queue: unknown[] = [];
  private readonly sentAt: number[] = [];
  private readonly reassembler = new SignalReassembler();
  private timer?: ReturnType<typeof setTimeout>;
  private counter = 0;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(
    private readonly realtime: RoomRealtime,
    private readonly channel: string,
    private readonly onMessage: (message: RoomMessage) => void,
    onSubscribed: () => void,
  ) {
    this.unsubscribe = realtime.subscribe(channel, (event, data) => {
      if (event === 'pusher:subscription_succeeded') onSubscribed();
      if (event !== EVENT) return;
      const message = this.reassembler.add(data) as RoomMessage | undefined;
      if (!message || typeof message !== 'object' || message.from === this.instanceId) return;
      if (message.to !== null && message.to !== this.instanceId) return;
      this.onMessage(message);
    });
  }

  /** Queues a message; it leaves in order, chunked and rate-limited. */
  send(message: RoomMessage): void {
    if (this.closed) return;
    this.queue.push(...chunkSignal(message, `${this.instanceId}.${++this.counter}`));
    this.flush();
  }

  private flush(): void {
    if (this.timer || this.closed) return;
    while (this.queue.length) {
      const now = Date.now();
      while (this.sentAt.length && now - this.sentAt[0]! >= 1000) this.sentAt.shift();
      if (this.sentAt.length >= MAX_EVENTS_PER_SECOND) {
        this.wait(1000 - (now - this.sentAt[0]!));
        return;
      }
      // false: not connected yet (pusher-js queues nothing), so try again shortly.
      if (!this.realtime.trigger(this.channel, EVENT, this.queue[0])) {
        this.wait(250);
        return;
      }
      this.queue.shift();
      this.sentAt.push(now);
    }
  }

  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, Math.max(ms, 10));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }
}
