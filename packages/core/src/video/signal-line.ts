/**
 * The pacing and ordering of the room's signaling line, with no I/O (the widget brings the clock, the
 * timers and the socket).
 *
 * Why: Pusher allows 10 client events per second per socket and DROPS the 11th (error 4301, the sender
 * is only told after the fact). Trickle ICE produces a burst of candidates right after each offer and
 * answer; one event per candidate queued the burst behind a per-second budget (slow joins) and, when the
 * service saw the events bunched by network or event-loop delays, lost some (hung joins and ICE
 * restarts). So the outbox packs everything queued into one event (≤ 8 KB, split only when a single
 * message is larger), holds back for a few milliseconds after a send so the rest of a burst joins the
 * next event, and keeps to 5 events in any second: then even two back-to-back seconds fit under the
 * service's fixed 10-per-second window, whatever the delays on the way. Every event carries its place
 * in the sender's sequence, so the inbox notices a lost event (a gap) and the room can start over
 * instead of waiting forever.
 */
import { chunkSignal, MAX_SIGNAL_EVENT_BYTES, SignalReassembler, type SignalChunk } from './signal-chunks.js';

/** Client events the room sends in any one second (the service allows 10; see above for the margin). */
export const SIGNAL_EVENTS_PER_SECOND = 5;
/** After an event leaves, what is queued within this time leaves together in the next one. */
export const SIGNAL_COALESCE_MS = 25;
/** A message pushed as not urgent waits up to this long for an urgent one to ride along with. */
export const SIGNAL_LAZY_MS = 300;

export interface SignalOutboxOptions {
  eventsPerSecond?: number;
  coalesceMs?: number;
  maxBytes?: number;
  lazyMs?: number;
}

/**
 * Messages in, client events out: `push` queues, `next(now)` says what to send now (or how long to
 * wait), `sent(now)` confirms the event left. Event ids are `{sender}.{batch}`; chunks of one batch
 * share the id.
 */
export class SignalOutbox {
  private readonly queue: unknown[] = [];
  /** When the oldest queued message was pushed, and whether any queued message is urgent. */
  private oldestAt = 0;
  private urgent = false;
  private ready: SignalChunk[] = [];
  private readonly sentAt: number[] = [];
  private batch = 0;
  private readonly eventsPerSecond: number;
  private readonly coalesceMs: number;
  private readonly maxBytes: number;
  private readonly lazyMs: number;

  constructor(
    private readonly sender: string,
    options: SignalOutboxOptions = {},
  ) {
    this.eventsPerSecond = options.eventsPerSecond ?? SIGNAL_EVENTS_PER_SECOND;
    this.coalesceMs = options.coalesceMs ?? SIGNAL_COALESCE_MS;
    this.maxBytes = options.maxBytes ?? MAX_SIGNAL_EVENT_BYTES;
    this.lazyMs = options.lazyMs ?? SIGNAL_LAZY_MS;
  }

  /**
   * Queues a message at `now`. A message that is not urgent (a state the other side shows, the end of
   * candidates) does not make an event of its own for `lazyMs`: it saves the budget for the next
   * offer, answer or candidate, which it travels with.
   */
  push(message: unknown, now: number, urgent = true): void {
    if (!this.queue.length) this.oldestAt = now;
    this.queue.push(message);
    this.urgent ||= urgent;
  }

  get idle(): boolean {
    return this.queue.length === 0 && this.ready.length === 0;
  }

  /** The event to send at `now`, or the milliseconds to wait before asking again, or undefined when empty. */
  next(now: number): SignalChunk | number | undefined {
    if (this.idle) return undefined;
    while (this.sentAt.length && now - this.sentAt[0]! >= 1000) this.sentAt.shift();
    if (this.sentAt.length >= this.eventsPerSecond) return Math.max(1, 1000 - (now - this.sentAt[0]!));
    if (!this.ready.length) {
      if (!this.urgent && now - this.oldestAt < this.lazyMs) return this.lazyMs - (now - this.oldestAt);
      const last = this.sentAt.at(-1);
      if (last !== undefined && now - last < this.coalesceMs) return this.coalesceMs - (now - last);
      this.ready = this.cut();
      if (!this.queue.length) this.urgent = false;
      else this.oldestAt = now;
    }
    return this.ready[0];
  }

  /** The event `next` returned has left. */
  sent(now: number): void {
    this.ready.shift();
    this.sentAt.push(now);
  }

  /** As many queued messages as fit one event, in order; a single larger message is split. */
  private cut(): SignalChunk[] {
    const id = `${this.sender}.${++this.batch}`;
    const fits = (count: number) =>
      byteLength(JSON.stringify({ id, i: 0, n: 1, d: JSON.stringify(this.queue.slice(0, count)) })) <= this.maxBytes;
    let count = 1;
    while (count < this.queue.length && fits(count + 1)) count++;
    const chunks = chunkSignal(this.queue.slice(0, count), id, this.maxBytes);
    this.queue.splice(0, count);
    return chunks;
  }
}

const encoder = new TextEncoder();
const byteLength = (value: string) => encoder.encode(value).length;

export interface InboxResult {
  /** The sender's id (the part of the event id before the batch number). */
  sender: string;
  /** Messages completed by this event, in the order they were sent. */
  messages: unknown[];
  /** An event of this sender went missing before this one (not reported for the first event seen). */
  gap: boolean;
}

/** Puts events back into messages and notices when one of a sender's events never arrived. */
export class SignalInbox {
  private readonly reassembler = new SignalReassembler();
  private readonly last = new Map<string, { batch: number; i: number; n: number }>();

  /** @returns undefined for anything that is not one of our events. */
  add(chunk: SignalChunk): InboxResult | undefined {
    const dot = typeof chunk?.id === 'string' ? chunk.id.lastIndexOf('.') : -1;
    const batch = dot > 0 ? Number(chunk.id.slice(dot + 1)) : NaN;
    if (!Number.isInteger(batch)) return undefined;
    const sender = chunk.id.slice(0, dot);
    const previous = this.last.get(sender);
    const expected =
      !previous ||
      (previous.i + 1 < previous.n
        ? batch === previous.batch && chunk.i === previous.i + 1
        : batch === previous.batch + 1 && chunk.i === 0);
    this.last.set(sender, { batch, i: chunk.i, n: chunk.n });
    if (this.last.size > 32) this.last.delete(this.last.keys().next().value!);
    const whole = this.reassembler.add(chunk);
    const messages = whole === undefined ? [] : Array.isArray(whole) ? whole : [whole];
    return { sender, messages, gap: !expected };
  }
}
