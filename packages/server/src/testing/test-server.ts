import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../config.js';
import { buildServices, startServer, type RunningServer } from '../server.js';
import { seedDemo } from '../demo/demo-seed.js';
import { MongoStorage } from '../storage/mongo/mongo-storage.js';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** The demo community's secret key (admin API). */
  secretKey: string;
  /** `fetch` against the server with JSON helpers. */
  api(
    method: string,
    pathname: string,
    options?: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** Waits for the newest sign-in code mailed to `email` (mail is sent in the background). */
  codeFor(email: string): Promise<{ code: string; magicToken: string }>;
  /** Signs in through the real code flow and returns the tokens. */
  signIn(email: string): Promise<{ accessToken: string; refreshToken: string; user: any }>;
  /** Moves the service's clock (sign-in code expiry, rate-limit windows, token lifetimes). */
  advanceClock(ms: number): void;
  /** The clock offset, shared with a server restarted from this one (`restartOf`). */
  clock: { offsetMs: number };
  /** `keepData` leaves the data directory (and MongoDB database) for a restart on the same data. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Continue on the data (and clock) a stopped server left: a service restart. */
export interface RestartOf {
  dataDir: string;
  secretKey: string;
  clock: { offsetMs: number };
  env?: Record<string, string>;
}

/**
 * Starts the real service on a random port over a fresh data directory, seeded with the demo
 * community. Tests talk to it over HTTP like any client. Every test client shares one address, so the
 * anonymous read limit is off unless a test sets `MENTORKIT_READ_RATE_LIMIT`.
 */
export async function startTestServer(env: Record<string, string> = {}, restartOf?: RestartOf): Promise<TestServer> {
  const dataDir = restartOf?.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'mentorkit-test-')));
  // With MONGODB_URI set (CI's MongoDB lane) every test server gets a database of its own.
  const mongo = env.MONGODB_URI ?? process.env.MONGODB_URI;
  const mongoEnv: Record<string, string> = {};
  if (mongo) {
    const url = new URL(mongo);
    url.pathname = `/mentorkit_test_${path.basename(dataDir).replace(/\W/g, '')}`;
    mongoEnv.MONGODB_URI = url.toString();
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    MENTORKIT_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    MENTORKIT_READ_RATE_LIMIT: '0',
    ...env,
    ...mongoEnv,
  });
  const clock = restartOf?.clock ?? { offsetMs: 0 };
  const services = await buildServices(config, { now: () => new Date(Date.now() + clock.offsetMs) });
  const server = await startServer(config, { services });
  const seeded = await seedDemo(server.services);
  const outbox = path.join(dataDir, 'outbox');

  const api: TestServer['api'] = async (method, pathname, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(server.url + pathname, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };

  const codeFor: TestServer['codeFor'] = async (email) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      await server.services.background.drain();
      const files = (await readdir(outbox).catch(() => [] as string[])).sort().reverse();
      for (const file of files) {
        const mail = await simpleParser(await readFile(path.join(outbox, file)));
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        if (to?.value[0]?.address !== email) continue;
        const code = mail.subject?.match(/^(\d{6}) /)?.[1];
        const magicToken = mail.text?.match(/magic=(ml_[A-Za-z0-9_-]+)/)?.[1];
        if (code && magicToken) return { code, magicToken };
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`No sign-in mail for ${email} in ${outbox}`);
  };

  return {
    ...server,
    dataDir,
    secretKey: seeded.secretKey ?? restartOf!.secretKey,
    clock,
    api,
    codeFor,
    async signIn(email) {
      const requested = await api('POST', '/v1/communities/demo/auth/code', { body: { email } });
      if (requested.status !== 202) throw new Error(`requestSignInCode ${requested.status}`);
      const { code } = await codeFor(email);
      const verified = await api('POST', '/v1/communities/demo/auth/verify', { body: { email, code } });
      if (verified.status !== 200) throw new Error(`verifySignInCode ${verified.status}: ${JSON.stringify(verified.body)}`);
      return verified.body;
    },
    advanceClock(ms) {
      clock.offsetMs += ms;
    },
    async stop(options = {}) {
      const { storage } = server.services;
      if (!options.keepData && storage instanceof MongoStorage) await storage.dropDatabase();
      await server.close();
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
