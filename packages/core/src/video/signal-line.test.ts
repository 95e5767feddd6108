import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_SIGNAL_EVENT_BYTES, type SignalChunk } from './signal-chunks.js';
import { SIGNAL_EVENTS_PER_SECOND, SignalInbox, SignalOutbox } from './signal-line.js';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const candidate = (i: number) => ({
  type: 'signal',
  signal: {
    kind: 'candidate',
    candidate: {
      candidate: `candidate:${i} 1 udp 2122260223 127.0.0.1 ${50000 + i} typ host generation 0 ufrag abcd network-id 1`,
      sdpMid: '0',
      sdpMLineIndex: 0,
    },
  },
});

/** Runs the outbox against a virtual clock: messages are pushed at the given times; returns what left when. */
function drive(outbox: SignalOutbox, pushes: { at: number; message: unknown; urgent?: boolean }[]): { at: number; event: SignalChunk }[] {
  const out: { at: number; event: SignalChunk }[] = [];
  const pending = [...pushes].sort((a, b) => a.at - b.at);
  let now = 0;
  let wakeAt: number | undefined = 0;
  for (let steps = 0; steps < 100_000; steps++) {
    while (pending.length && pending[0]!.at <= now) {
      const next = pending.shift()!;
      outbox.push(next.message, now, next.urgent ?? true);
      wakeAt = now; // a push makes the widget ask the outbox again (on a zero timer)
    }
    if (wakeAt !== undefined && wakeAt <= now) {
      wakeAt = undefined;
      for (;;) {
        const next = outbox.next(now);
        if (next === undefined) break;
        if (typeof next === 'number') {
          wakeAt = now + next;
          break;
        }
        out.push({ at: now, event: next });
        outbox.sent(now);
      }
    }
    const candidates = [wakeAt, pending[0]?.at].filter((t): t is number => t !== undefined);
    if (!candidates.length) return out;
    now = Math.max(now + 1, Math.min(...candidates));
  }
  throw new Error('did not drain');
}

/** The most events inside any window of `ms` (as the service counts them: a fixed window from any start). */
function mostInWindow(times: number[], ms: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i++) most = Math.max(most, times.filter((t) => t >= times[i]! && t < times[i]! + ms).length);
  return most;
}

describe('signaling line (paced, batched, gap-aware)', () => {
  it('sends a burst of 30 trickle-ICE candidates as a few client events, in order, far under 10 a second', () => {
    const outbox = new SignalOutbox('ben1');
    const pushes = Array.from({ length: 30 }, (_, i) => ({ at: i * 3, message: candidate(i) })); // 30 candidates within 90 ms
    const events = drive(outbox, pushes);
    assert.ok(events.length <= 5, `${events.length} events for 30 candidates`);
    assert.ok(
      mostInWindow(
        events.map((e) => e.at),
        1000,
      ) <= SIGNAL_EVENTS_PER_SECOND,
    );
    const inbox = new SignalInbox();
    const received = events.flatMap(({ event }) => inbox.add(event)!.messages);
    assert.deepEqual(
      received,
      pushes.map((p) => p.message),
    );
  });

  it('never exceeds 5 events in any second, so two seconds never exceed the service limit of 10, whatever the load', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 10, max: 12_000 })), { minLength: 1, maxLength: 40 }),
        (spec) => {
          const pushes = spec.map(([at, size], i) => ({ at, message: { i, pad: 'x'.repeat(size) } }));
          const events = drive(new SignalOutbox('a'), pushes);
          const times = events.map((e) => e.at);
          assert.ok(mostInWindow(times, 1000) <= 5);
          assert.ok(mostInWindow(times, 2000) <= 10);
          for (const { event } of events) assert.ok(bytes(event) <= MAX_SIGNAL_EVENT_BYTES, `${bytes(event)} bytes`);
          const inbox = new SignalInbox();
          const received = events.flatMap(({ event }) => inbox.add(event)!.messages) as { i: number }[];
          // In push order (a stable sort by time keeps the order of pushes at the same millisecond).
          assert.deepEqual(
            received.map((m) => m.i),
            [...pushes].sort((a, b) => a.at - b.at).map((p) => p.message.i),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('sends the first message at once and what follows within a few milliseconds together', () => {
    const events = drive(new SignalOutbox('x'), [
      { at: 0, message: 'offer' },
      { at: 2, message: 'c1' },
      { at: 5, message: 'c2' },
    ]);
    assert.deepEqual(
      events.map((e) => e.at),
      [0, 25],
    );
    const inbox = new SignalInbox();
    assert.deepEqual(
      events.map(({ event }) => inbox.add(event)!.messages),
      [['offer'], ['c1', 'c2']],
    );
  });

  it('lets a message that is not urgent wait for a ride, but not forever', () => {
    const inbox = new SignalInbox();
    const riding = drive(new SignalOutbox('m'), [
      { at: 0, message: 'media', urgent: false },
      { at: 100, message: 'offer' },
    ]);
    assert.deepEqual(
      riding.map((e) => [e.at, inbox.add(e.event)!.messages]),
      [[100, ['media', 'offer']]],
    );
    const alone = drive(new SignalOutbox('n'), [{ at: 0, message: 'media', urgent: false }]);
    assert.deepEqual(
      alone.map((e) => e.at),
      [300],
    );
  });

  it('reports a lost event (gap in the sender sequence), including a lost part of a split message', () => {
    const outbox = new SignalOutbox('ana7');
    const events = drive(outbox, [
      { at: 0, message: 'hello' },
      { at: 100, message: { sdp: 'x'.repeat(20_000) } },
      { at: 2000, message: 'after' },
    ]).map((e) => e.event);
    assert.ok(events.length >= 5);
    const whole = new SignalInbox();
    assert.deepEqual(
      events.map((e) => whole.add(e)!.gap),
      events.map(() => false),
    );
    const lossy = new SignalInbox();
    const results = events.filter((_, i) => i !== 2).map((e) => lossy.add(e)!);
    assert.equal(results[2]!.gap, true, 'the event after the lost one reports the gap');
    assert.equal(results[0]!.sender, 'ana7');
    // The first event seen from a sender (we subscribed late) is no gap.
    assert.equal(new SignalInbox().add(events.at(-1)!)!.gap, false);
  });
});
