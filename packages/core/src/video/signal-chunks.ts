/**
 * Splits signaling messages so every Pusher client event stays under a byte limit (Pusher refuses
 * events over 10 KB; we keep to 8 KB by default), and puts them back together on the other side.
 * An SDP with many codecs and candidates easily passes 10 KB, so it travels in parts.
 */

/** Default ceiling for one client event's serialized data, in bytes. */
export const MAX_SIGNAL_EVENT_BYTES = 8 * 1024;

/** One client event: part `i` of `n` of message `id` (`d` is a slice of the message's JSON). */
export interface SignalChunk {
  id: string;
  i: number;
  n: number;
  d: string;
}

const encoder = new TextEncoder();
const byteLength = (value: string) => encoder.encode(value).length;

/**
 * The chunks of `message`, each of which serializes (`JSON.stringify`) to at most `maxBytes` bytes.
 * @example chunkSignal({ kind: 'description', description }, 'a1b2').length // 1 or more
 */
export function chunkSignal(message: unknown, id: string, maxBytes = MAX_SIGNAL_EVENT_BYTES): SignalChunk[] {
  const json = JSON.stringify(message);
  const whole: SignalChunk = { id, i: 0, n: 1, d: json };
  if (byteLength(JSON.stringify(whole)) <= maxBytes) return [whole];
  // Room for the data of one part: the envelope with large counters, and JSON escaping (worst case 6
  // bytes per character for control characters, 3 for other non-ASCII) counted per character below.
  const envelope = byteLength(JSON.stringify({ id, i: 99999, n: 99999, d: '' }));
  const budget = maxBytes - envelope;
  if (budget < 16) throw new Error(`maxBytes ${maxBytes} leaves no room for data`);
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of json) {
    const cost = byteLength(JSON.stringify(char)) - 2;
    if (size + cost > budget) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += cost;
  }
  if (current) parts.push(current);
  return parts.map((d, i) => ({ id, i, n: parts.length, d }));
}

/**
 * Collects chunks until a message is whole. Keeps at most `maxPending` unfinished messages (the oldest
 * is dropped first), so a peer that left mid-message cannot make it grow.
 */
export class SignalReassembler {
  private readonly pending = new Map<string, { parts: (string | undefined)[]; received: number }>();

  constructor(private readonly maxPending = 16) {}

  /** @returns the message once its last chunk arrived, else undefined. Malformed chunks are ignored. */
  add(chunk: SignalChunk): unknown {
    if (!isChunk(chunk)) return undefined;
    if (chunk.n === 1) return parse(chunk.d);
    let entry = this.pending.get(chunk.id);
    if (!entry) {
      entry = { parts: new Array<string | undefined>(chunk.n), received: 0 };
      this.pending.set(chunk.id, entry);
      if (this.pending.size > this.maxPending) this.pending.delete(this.pending.keys().next().value!);
    }
    if (entry.parts.length !== chunk.n || entry.parts[chunk.i] !== undefined) return undefined;
    entry.parts[chunk.i] = chunk.d;
    entry.received++;
    if (entry.received < chunk.n) return undefined;
    this.pending.delete(chunk.id);
    return parse(entry.parts.join(''));
  }
}

function isChunk(value: SignalChunk): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.id === 'string' &&
    typeof value.d === 'string' &&
    Number.isInteger(value.n) &&
    Number.isInteger(value.i) &&
    value.n >= 1 &&
    value.n <= 1000 &&
    value.i >= 0 &&
    value.i < value.n
  );
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
