import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chunkSignal, MAX_SIGNAL_EVENT_BYTES, SignalReassembler } from './signal-chunks.js';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** An SDP-like text of about `size` characters (ASCII lines, as real SDPs are). */
function sdp(size: number): string {
  const lines = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
  for (let i = 0; lines.join('\r\n').length < size; i++)
    lines.push(`a=candidate:${i} 1 udp 2122260223 192.168.1.${i % 255} ${50000 + i} typ host generation 0 network-id 1`);
  return lines.join('\r\n');
}

describe('signaling chunks (every client event ≤ 8 KB)', () => {
  it('sends a small message as one chunk', () => {
    const message = { kind: 'candidate', candidate: { candidate: 'a=candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0' } };
    const chunks = chunkSignal(message, 'm1');
    assert.equal(chunks.length, 1);
    assert.deepEqual(new SignalReassembler().add(chunks[0]!), message);
  });

  it('splits a 40 KB SDP into events of at most 8 KB that put it back together in any order', () => {
    const message = { kind: 'description', description: { type: 'offer', sdp: sdp(40_000) } };
    const chunks = chunkSignal(message, 'offer-7');
    assert.ok(chunks.length >= 5, `${chunks.length} chunks`);
    for (const chunk of chunks) assert.ok(bytes(chunk) <= MAX_SIGNAL_EVENT_BYTES, `${bytes(chunk)} bytes`);
    const reassembler = new SignalReassembler();
    const shuffled = [...chunks].reverse();
    const results = shuffled.map((chunk) => reassembler.add(chunk));
    assert.deepEqual(results.slice(0, -1), new Array(chunks.length - 1).fill(undefined));
    assert.deepEqual(results.at(-1), message);
  });

  it('keeps any text (non-ASCII, control characters) within the limit and intact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 6000 }), fc.integer({ min: 200, max: 3000 }), (text, maxBytes) => {
        const message = { text };
        const chunks = chunkSignal(message, 'x', maxBytes);
        for (const chunk of chunks) assert.ok(bytes(chunk) <= maxBytes, `${bytes(chunk)} > ${maxBytes}`);
        const reassembler = new SignalReassembler();
        let result: unknown;
        for (const chunk of chunks) result = reassembler.add(chunk);
        assert.deepEqual(result, message);
      }),
      { numRuns: 100 },
    );
  });

  it('ignores duplicates and malformed chunks, and forgets the oldest unfinished messages', () => {
    const reassembler = new SignalReassembler(2);
    const message = { sdp: sdp(20_000) };
    const chunks = chunkSignal(message, 'a');
    assert.equal(reassembler.add(chunks[0]!), undefined);
    assert.equal(reassembler.add(chunks[0]!), undefined, 'a duplicate does not count');
    assert.equal(reassembler.add({ id: 'a', i: 9, n: 2, d: '' }), undefined);
    assert.equal(reassembler.add({ nonsense: true } as never), undefined);
    // Two other unfinished messages push the first one out.
    reassembler.add(chunkSignal(message, 'b')[0]!);
    reassembler.add(chunkSignal(message, 'c')[0]!);
    let result: unknown;
    for (const chunk of chunks.slice(1)) result = reassembler.add(chunk);
    assert.equal(result, undefined, 'the forgotten message never completes');
  });
});
