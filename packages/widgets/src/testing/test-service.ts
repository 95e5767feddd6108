// Browser-side helpers for widget tests: they talk to the test runner's helper endpoints (served by
// scripts/wtr/mentorkit-service-plugin.mjs) and to the real service through the SDK.
import type { MentorKitClient } from '@mentorkit/sdk';
import { clientFor, configure, resolveConfig } from '../base/config.js';

/** Where the real service of this test run listens. */
export interface TestService {
  baseUrl: string;
  community: string;
}

async function helper<T>(name: string, params: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`/__mentorkit-test/${name}?${new URLSearchParams(params)}`);
  const body = await response.json();
  if (!response.ok) throw new Error(`test helper ${name} failed: ${JSON.stringify(body)}`);
  return body as T;
}

let service: Promise<TestService> | undefined;

/** Configures every MentorKit element on the page for the test service (English unless given). */
export async function useTestService(locale = 'en'): Promise<TestService> {
  service ??= helper<TestService>('config');
  const config = await service;
  configure({ apiBase: config.baseUrl, community: config.community, locale });
  return config;
}

/**
 * Where the service is, with NO page-wide configuration (the README's attribute-only way): clears
 * whatever `useTestService()` set, so elements see only their own attributes and what their parents provide.
 */
export async function useAttributesOnly(): Promise<TestService> {
  service ??= helper<TestService>('config');
  const config = await service;
  configure({ apiBase: undefined, community: undefined, locale: undefined });
  return config;
}

/** The shared client of the service, the one elements configured by `api-base` + `community` use. */
export async function attributeClient(): Promise<MentorKitClient> {
  const config = await useAttributesOnly();
  return clientFor({ apiBase: config.baseUrl, community: config.community })!;
}

/** The shared client the elements use. */
export function testClient(): MentorKitClient {
  const client = clientFor(resolveConfig({}));
  if (!client) throw new Error('call useTestService() first');
  return client;
}

/** The newest sign-in code mailed to `email` (read from the service's outbox). */
export function codeFor(email: string): Promise<{ code: string; magicToken: string }> {
  return helper('code', { email });
}

/** A host identity token for `email`, signed with the community secret (as a host backend would). */
export async function identityTokenFor(email: string, name = email, membershipType?: string): Promise<string> {
  return (await helper<{ token: string }>('identity-token', { email, name, ...(membershipType ? { membershipType } : {}) })).token;
}

/** Signs the shared client in as `email` (through a host identity token, so sign-in rate limits are not spent). */
export async function signInAs(email: string, name = email, membershipType = 'Mentee'): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
}

/** Signs the shared client out and forgets every stored session. */
export async function signOut(): Promise<void> {
  await testClient()
    .signOut()
    .catch(() => undefined);
  localStorage.clear();
}

/** Creates an approved mentor with open availability every day 08:00–20:00 in its zone. */
/** Creates a community admin (imported by the secret key); sign in with `signInAs(email, name, 'Staff')`. */
export async function createAdmin(email: string, name: string): Promise<void> {
  await helper('admin', { email, name });
}

export async function createMentor(email: string, name: string, profile: Record<string, unknown> = {}): Promise<string> {
  return (await helper<{ mentorId: string }>('mentor', { email, name, profile: JSON.stringify(profile) })).mentorId;
}

/** A unique email for one test. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/** Has the service publish `event` on `channel` (as a domain change would). */
export async function publishRealtime(channel: string, event: string, data: unknown): Promise<void> {
  await helper('realtime-publish', { channel, event, data: JSON.stringify(data) });
}

/** Drops every real-time socket of the service (what a network loss does); clients reconnect. */
export async function dropRealtimeConnections(): Promise<void> {
  await helper('realtime-drop');
}
