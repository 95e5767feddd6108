import { SignalInbox, SignalOutbox, type NegotiationSignal, type SignalChunk } from '@mentorkit/core';
import type { RoomRealtime } from './room-realtime.js';
import type { RoomTrace } from './room-trace.js';

/** What the two room instances say to each other (client events on `private-session-{id}`). */
export type RoomMessage =
  /** "I am here": announced on join (to nobody in particular) and answered (to the announcer). `reset` asks for a new connection. */
  | { type: 'hello'; from: string; to: string | null; generation?: number; reset?: boolean }
  | { type: 'signal'; from: string; to: string; generation?: number; signal: NegotiationSignal }
  | { type: 'media'; from: string; to: string; audio: boolean; video: boolean; screen: boolean }
  | { type: 'bye'; from: string; to: string | null };

const EVENT = 'client-room';
/** pusher-js sends nothing while the subscription is pending: look again this soon. */
const NOT_SUBSCRIBED_RETRY_MS = 50;

/**
 * The room's signaling line. Messages queue in a `SignalOutbox` (core), which packs a trickle-ICE burst
 * into one ≤ 8 KB client event and keeps well under Pusher's 10 events per second (over it, events are
 * dropped); the `SignalInbox` puts them back together, and a lost event (a gap in the sender's
 * sequence) is reported through `onGap` so the room can re-negotiate instead of hanging. Messages are
 * filtered to those addressed to this instance. Each page load is one `instanceId`, so a reload or a
 * second device is recognised as a new peer.
 */
export class RoomSignaling {
  readonly instanceId = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
  private readonly outbox = new SignalOutbox(this.instanceId);
  private readonly inbox = new SignalInbox();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(
    private readonly realtime: RoomRealtime,
    private readonly channel: string,
    private readonly handlers: { onMessage(message: RoomMessage): void; onSubscribed(): void; onGap(sender: string): void },
    private readonly trace?: RoomTrace,
  ) {
    this.unsubscribe = realtime.subscribe(channel, (event, data) => {
      if (event === 'pusher:subscription_succeeded') {
        trace?.add('signaling subscribed');
        handlers.onSubscribed();
      }
      if (event !== EVENT) return;
      const result = this.inbox.add(data as SignalChunk);
      if (!result || result.sender === this.instanceId) return;
      if (result.gap) {
        trace?.add(`lost an event from ${result.sender}`);
        handlers.onGap(result.sender);
      }
      for (const message of result.messages as RoomMessage[]) {
        if (!message || typeof message !== 'object' || message.from === this.instanceId) continue;
        if (message.to !== null && message.to !== this.instanceId) continue;
        trace?.add(`in ${describe(message)}`);
        handlers.onMessage(message);
      }
    });
  }

  /** Queues a message; it leaves in order with whatever else is queued, paced (see `SignalOutbox`). */
  send(message: RoomMessage): void {
    if (this.closed) return;
    this.trace?.add(`out ${describe(message)}`);
    this.outbox.push(message, Date.now(), urgent(message));
    // Not at once: messages queued in the same task (a hello and a media state, an offer and its first
    // candidates) leave in one event. An earlier wait may be too long now (it waited for a lazy message),
    // so the outbox is asked again.
    clearTimeout(this.timer);
    this.wait(0);
  }

  private flush(): void {
    if (this.closed) return;
    for (;;) {
      const now = Date.now();
      const next = this.outbox.next(now);
      if (next === undefined) return;
      if (typeof next === 'number') return this.wait(next);
      if (!this.realtime.trigger(this.channel, EVENT, next)) return this.wait(NOT_SUBSCRIBED_RETRY_MS);
      this.outbox.sent(now);
    }
  }

  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, ms);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }
}

/** What only updates a display (media state) or tidies up (end of candidates) can wait for a ride. */
function urgent(message: RoomMessage): boolean {
  return message.type !== 'media' && !(message.type === 'signal' && message.signal.kind === 'candidate' && !message.signal.candidate);
}

function describe(message: RoomMessage): string {
  const to = message.to ?? 'all';
  if (message.type === 'signal') {
    const s = message.signal;
    return `signal ${s.kind === 'description' ? s.description.type : s.candidate ? 'candidate' : 'end-of-candidates'} → ${to}`;
  }
  return `${message.type}${message.type === 'hello' && message.reset ? ' (reset)' : ''} → ${to}`;
}
