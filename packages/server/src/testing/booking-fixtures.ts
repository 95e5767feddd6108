import assert from 'node:assert/strict';
import { signIdentityToken } from './identity-token.js';
import type { TestServer } from './test-server.js';

export const demoBase = '/v1/communities/demo';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A member of the demo community with a fresh access token on demand (tokens follow the server's clock). */
export interface Person {
  id: string;
  email: string;
  name: string;
  token(): Promise<string>;
}

let counter = 0;
/** A unique email for this test process, so tests never share people. */
export function uniqueEmail(prefix: string): string {
  counter++;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@example.org`;
}

/**
 * Signs a member in through host identity tokens (SPEC C4), creating them if needed. The token is
 * re-minted when the server's clock has moved past its lifetime.
 */
export async function person(server: TestServer, email: string, name: string, membershipType = 'Mentee'): Promise<Person> {
  let cached: { token: string; at: number } | undefined;
  const mint = async () => {
    const now = Math.floor(server.services.now().getTime() / 1000);
    const identity = await signIdentityToken(server.secretKey, 'demo', { email, name, membershipType }, { nowSeconds: now });
    const r = await server.api('POST', `${demoBase}/auth/identity`, { body: { token: identity } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    cached = { token: r.body.accessToken, at: server.services.now().getTime() };
    return r.body as { accessToken: string; user: { member: { id: string } } };
  };
  const first = await mint();
  return {
    id: first.user.member.id,
    email,
    name,
    async token() {
      if (!cached || server.services.now().getTime() - cached.at > 10 * MINUTE) await mint();
      return cached!.token;
    },
  };
}

export interface MentorOptions {
  /** Display name (default "Mentor Person"). */
  name?: string;
  timeZone?: string;
  hourlyRate?: number;
  currency?: string;
  rules?: Partial<{
    durations: number[];
    slotStepMinutes: 15 | 30;
    minNoticeMinutes: number;
    horizonDays: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    maxSessionsPerDay: number;
  }>;
  /** Weekly windows; by default every day 00:00–24:00. */
  weekly?: { dayOfWeek: number; start: string; end: string }[];
}

/** Creates an approved, bookable mentor through the real flows: apply, approve (secret key), set availability. */
export async function mentor(server: TestServer, options: MentorOptions = {}): Promise<Person> {
  const who = await person(server, uniqueEmail('mentor'), options.name ?? 'Mentor Person', 'Mentor');
  const timeZone = options.timeZone ?? 'UTC';
  const applied = await server.api('POST', `${demoBase}/me/mentor-profile`, {
    token: await who.token(),
    body: {
      bio: 'I help people ship their first feature.',
      expertise: ['Backend'],
      languages: ['en'],
      timeZone,
      hourlyRate: options.hourlyRate ?? 0,
      currency: options.currency ?? 'USD',
    },
  });
  assert.ok(applied.status === 201 || applied.status === 200, JSON.stringify(applied.body));
  const approved = await server.api('POST', `${demoBase}/mentors/${who.id}/approve`, { token: server.secretKey, body: {} });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  const weekly = options.weekly ?? [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '24:00' }));
  const rules = {
    durations: [30, 60],
    slotStepMinutes: 15,
    minNoticeMinutes: 0,
    horizonDays: 365,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    maxSessionsPerDay: 24,
    ...options.rules,
  };
  const set = await server.api('PUT', `${demoBase}/me/availability`, {
    token: await who.token(),
    body: { availability: { timeZone, weekly }, bookingRules: rules },
  });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  return who;
}

/** A UTC instant `days` days after the server's today at `hour`:`minute` UTC. */
export function slotAt(server: TestServer, days: number, hour: number, minute = 0): string {
  const now = server.services.now();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight + days * DAY + (hour * 60 + minute) * MINUTE).toISOString();
}

/** Books through `createSession`; returns the raw response. */
export async function book(
  server: TestServer,
  mentee: Person,
  mentorId: string,
  start: string,
  durationMinutes = 60,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  return server.api('POST', `${demoBase}/sessions`, {
    token: await mentee.token(),
    body: { mentorId, start, durationMinutes, topic: 'Career planning', ...extra },
  });
}

/** Raises the community's booking rate limit so tests can book freely (secret key). */
export async function setBookingLimit(server: TestServer, perHour: number): Promise<void> {
  const r = await server.api('PATCH', `${demoBase}/settings`, {
    token: server.secretKey,
    body: { settings: { bookingRateLimitPerHour: perHour } },
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
}

/** Posts a lifecycle action (`confirm`, `decline`, `cancel`, `complete`, `no-show`). */
export async function act(server: TestServer, who: Person | string, sessionId: string, action: string, body?: unknown) {
  const token = typeof who === 'string' ? who : await who.token();
  return server.api('POST', `${demoBase}/sessions/${sessionId}/${action}`, { token, ...(body !== undefined ? { body } : {}) });
}
