import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Encoding } from './accept-encoding.js';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Above this, compression runs on the thread pool so a large document never blocks other requests. */
const SYNC_LIMIT = 64 * 1024;

/** Quick settings for per-request compression: brotli 4 with an 256 KB window, gzip 6. */
function compress(encoding: Encoding, body: Buffer): Buffer | Promise<Buffer> {
  if (encoding === 'br') {
    const options = {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_LGWIN]: 18,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    };
    return body.byteLength <= SYNC_LIMIT ? brotliCompressSync(body, options) : brotliAsync(body, options);
  }
  return body.byteLength <= SYNC_LIMIT ? gzipSync(body, { level: 6 }) : gzipAsync(body, { level: 6 });
}

/**
 * Compressed JSON bodies by their text, least recently used dropped first. Public answers repeat
 * byte for byte (the directory serves pages it serialized once; the OpenAPI document), so each is
 * compressed once per encoding rather than on every request.
 */
export class CompressedBodies {
  private readonly entries = new Map<string, Partial<Record<Encoding, Buffer>>>();
  private bytes = 0;

  constructor(private readonly maxBytes = 8 * 1024 * 1024) {}

  async get(encoding: Encoding, text: string): Promise<Buffer> {
    let entry = this.entries.get(text);
    if (entry) {
      this.entries.delete(text); // re-inserted below as the most recently used
    } else {
      entry = {};
      this.bytes += text.length;
    }
    this.entries.set(text, entry);
    let body = entry[encoding];
    if (!body) {
      body = await compress(encoding, Buffer.from(text));
      if (!entry[encoding]) this.bytes += body.byteLength;
      entry[encoding] = body;
    }
    this.evict();
    return body;
  }

  private evict(): void {
    for (const [text, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      this.entries.delete(text);
      this.bytes -= text.length + (entry.br?.byteLength ?? 0) + (entry.gzip?.byteLength ?? 0);
    }
  }
}
