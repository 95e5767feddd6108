import http from 'node:http';
import https from 'node:https';
import { blockedLiteral, guardedLookup } from './ssrf-guard.js';

/** The spec suggests 15–30 s; we wait 10 s so a slow receiver cannot hold many sends open. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Only the status matters; a little of the body helps a site owner debug a failure. */
const MAX_RESPONSE_BYTES = 1024;

export interface PostResult {
  /** The HTTP status; absent when no response came. */
  status?: number;
  /** `Retry-After` of the response, in seconds, when it gave one. */
  retryAfterSeconds?: number;
  /** Why the attempt failed without a response (refused address, timeout, connection error). */
  error?: string;
  durationMs: number;
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date (relative to `now`). */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,10}$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now.getTime()) / 1000));
}

/**
 * POSTs one signed attempt and reports what happened; never throws. Redirects are not followed (a 3xx is
 * a failure: the site owner should update the URL). Unless `allowPrivateNetworks`, the address is checked
 * after DNS resolution inside the socket's own lookup (see ssrf-guard.ts).
 */
export function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivateNetworks: boolean; now: () => Date; timeoutMs?: number },
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: elapsed() });
    };
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return finish({ error: 'Invalid URL' });
    }
    if (!options.allowPrivateNetworks) {
      const blocked = blockedLiteral(url);
      if (blocked) return finish({ error: blocked.message });
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'MentorKit-Webhooks/1',
      },
      // A fresh connection per attempt: the lookup below must run for every attempt, never a pooled socket.
      agent: false,
      ...(options.allowPrivateNetworks ? {} : { lookup: guardedLookup() }),
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`No response within ${(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s`));
    }, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    request.on('response', (response) => {
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) response.destroy();
      });
      const done = () => {
        clearTimeout(timer);
        const retryAfter = parseRetryAfter(response.headers['retry-after'], options.now());
        finish({ status: response.statusCode ?? 0, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}) });
      };
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      finish({ error: error.message || String(error) });
    });
    request.end(body);
  });
}
