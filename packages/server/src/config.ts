import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './security/client-address.js';

/** Thrown for bad configuration; the CLI prints its one-line message and exits 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: optionalString,
  MENTORKIT_DATA_DIR: z.string().min(1).default('./.mentorkit-data'),
  PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  MONGODB_URI: optionalString.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.string().default('MentorKit <no-reply@mentorkit.localhost>'),
  MENTORKIT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  MENTORKIT_ADMIN_TOKEN: optionalString.pipe(z.string().min(24, 'must be at least 24 characters').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Built-in real-time endpoint: derived from the signing secret unless set (pusher-protocol.md). */
  MENTORKIT_REALTIME_APP_ID: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -')
      .optional(),
  ),
  MENTORKIT_REALTIME_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -')
      .optional(),
  ),
  MENTORKIT_REALTIME_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  MENTORKIT_REALTIME_ACTIVITY_TIMEOUT: z.coerce.number().int().min(1).max(600).default(120),
  MENTORKIT_REALTIME_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(10_000),
  /** Hosted Pusher or another Pusher-compatible server instead of the built-in endpoint. */
  PUSHER_APP_ID: optionalString,
  PUSHER_KEY: optionalString,
  PUSHER_SECRET: optionalString,
  PUSHER_CLUSTER: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]{1,32}$/, 'must be a cluster name such as eu or mt1')
      .optional(),
  ),
  PUSHER_HOST: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, 'must be a host name without scheme or port')
      .optional(),
  ),
  PUSHER_PORT: optionalString.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number')
      .optional(),
  ),
  PUSHER_USE_TLS: optionalString.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  /** Proxies trusted to report the client address: a hop count or CIDR list (docs/deployment.md). */
  TRUST_PROXY: optionalString,
  /** Anonymous GETs per client and minute; 0 turns the limit off. */
  MENTORKIT_READ_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Serve the outbox at /dev/mail (loopback only; never in production). `npm start` turns it on. */
  MENTORKIT_DEV_MAIL: optionalString.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  /** Seed the demo community on first start (default on outside production). */
  MENTORKIT_DEMO: optionalString.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  /** Let webhooks reach loopback/private addresses and plain http (development and tests only). */
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: optionalString.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  /** Comma-separated STUN URLs for the video room, e.g. `stun:stun.example.org:3478` (default none). */
  STUN_URLS: optionalString.pipe(iceUrlList('stun:').optional()),
  /** Comma-separated TURN URLs (`turn:` / `turns:`); used only together with TURN_SECRET. */
  TURN_URLS: optionalString.pipe(iceUrlList('turn:', 'turns:').optional()),
  /** coturn's `static-auth-secret`: TURN credentials are minted per request from it. */
  TURN_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /** How long minted TURN credentials stay valid (default 4 hours). */
  TURN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(4 * 3600),
});

/** A comma-separated list of ICE server URLs, each with one of the given schemes. */
function iceUrlList(...schemes: string[]) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((url) => schemes.some((scheme) => url.startsWith(scheme))), {
      message: `must be a comma-separated list of ${schemes.join(' or ')} URLs`,
    });
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string;
  mongodbUri?: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Signing secret; when unset outside production it is generated and kept in the data directory. */
  secret?: string;
  adminToken?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demo: boolean;
  /**
   * Webhooks may reach loopback, private, link-local and metadata addresses and use plain http. Off by
   * default everywhere: only for developing against a receiver on your own machine, and for tests.
   */
  webhooksAllowPrivateNetworks: boolean;
  /** ICE servers for the video room (SPEC V1). TURN is on only when both `turnUrls` and `turnSecret` are set. */
  stunUrls: string[];
  turnUrls: string[];
  turnSecret?: string;
  turnTtlSeconds: number;
  realtime: RealtimeConfig;
  /** Anonymous GETs allowed per client address and minute (0 = unlimited). */
  readRateLimitPerMinute: number;
  /** The outbox page at /dev/mail (opt-in, development only, loopback only). */
  devMail: boolean;
  /** Whose X-Forwarded-For is believed; null: nobody's (the socket peer is the client). */
  trustProxy: TrustProxy;
}

/** Which real-time server clients use: the built-in endpoint (default) or a Pusher-compatible one. */
export type RealtimeConfig =
  | { kind: 'built-in'; appId?: string; key?: string; secret?: string; activityTimeoutSec: number; maxConnections: number }
  | { kind: 'hosted'; appId: string; key: string; secret: string; cluster: string; host?: string; port?: number; useTLS: boolean };

function realtimeConfig(e: z.infer<typeof envSchema>): RealtimeConfig {
  const hosted = [e.PUSHER_APP_ID, e.PUSHER_KEY, e.PUSHER_SECRET, e.PUSHER_CLUSTER, e.PUSHER_HOST];
  if (hosted.every((v) => v === undefined)) {
    return {
      kind: 'built-in',
      appId: e.MENTORKIT_REALTIME_APP_ID,
      key: e.MENTORKIT_REALTIME_KEY,
      secret: e.MENTORKIT_REALTIME_SECRET,
      activityTimeoutSec: e.MENTORKIT_REALTIME_ACTIVITY_TIMEOUT,
      maxConnections: e.MENTORKIT_REALTIME_MAX_CONNECTIONS,
    };
  }
  for (const name of ['PUSHER_APP_ID', 'PUSHER_KEY', 'PUSHER_SECRET'] as const) {
    if (!e[name])
      throw new ConfigError(`${name} is required when any PUSHER_* variable is set (hosted Pusher or a Pusher-compatible server)`);
  }
  if (!e.PUSHER_CLUSTER && !e.PUSHER_HOST)
    throw new ConfigError('PUSHER_CLUSTER (hosted Pusher) or PUSHER_HOST (another Pusher-compatible server) is required');
  return {
    kind: 'hosted',
    appId: e.PUSHER_APP_ID!,
    key: e.PUSHER_KEY!,
    secret: e.PUSHER_SECRET!,
    cluster: e.PUSHER_CLUSTER ?? 'mt1',
    host: e.PUSHER_HOST,
    port: e.PUSHER_PORT === undefined ? undefined : Number(e.PUSHER_PORT),
    useTLS: e.PUSHER_USE_TLS === undefined ? true : e.PUSHER_USE_TLS === '1' || e.PUSHER_USE_TLS === 'true',
  };
}

/**
 * Reads the configuration from environment variables, failing with one line that names the variable.
 * @example loadConfig({ PORT: '0', MENTORKIT_DATA_DIR: '/tmp/mk' })
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0] ?? 'environment')} ${issue.message}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.MENTORKIT_SECRET) {
    throw new ConfigError('MENTORKIT_SECRET is required in production (at least 32 random characters)');
  }
  const devMail = e.MENTORKIT_DEV_MAIL === '1' || e.MENTORKIT_DEV_MAIL === 'true';
  if (devMail && e.NODE_ENV === 'production') {
    throw new ConfigError('MENTORKIT_DEV_MAIL cannot be on in production: /dev/mail shows every sign-in code');
  }
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const host = e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host,
    dataDir: e.MENTORKIT_DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    mongodbUri: e.MONGODB_URI,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secret: e.MENTORKIT_SECRET,
    adminToken: e.MENTORKIT_ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    readRateLimitPerMinute: e.MENTORKIT_READ_RATE_LIMIT,
    trustProxy,
    devMail,
    stunUrls: e.STUN_URLS ?? [],
    turnUrls: e.TURN_URLS ?? [],
    turnSecret: e.TURN_SECRET,
    turnTtlSeconds: e.TURN_TTL_SECONDS,
    demo: e.MENTORKIT_DEMO ? e.MENTORKIT_DEMO === '1' || e.MENTORKIT_DEMO === 'true' : e.NODE_ENV !== 'production',
    webhooksAllowPrivateNetworks: e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === '1' || e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === 'true',
    realtime: realtimeConfig(e),
  };
}
