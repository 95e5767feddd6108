// Sessions for widget tests, set up through the real service with SDK clients of their own (memory
// storage), so the page's shared client stays free for the widget under test.
import type { Session } from '@mentorkit/core';
import { createClient, memoryStorage, type MentorKitClient } from '@mentorkit/sdk';
import { createMentor, identityTokenFor, uniqueEmail, useTestService } from './test-service.js';

/** A member with a signed-in client of their own. */
export interface TestMember {
  email: string;
  name: string;
  client: MentorKitClient;
}

/** Signs `email` in on a fresh client (host identity token; keeps existing roles when `membershipType` is left out). */
export async function memberClient(email: string, name = email, membershipType?: string): Promise<TestMember> {
  const service = await useTestService();
  const client = createClient({ baseUrl: service.baseUrl, community: service.community, storage: memoryStorage() });
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
  return { email, name, client };
}

/** Closes every real-time connection of the service (4100: clients come back after about a second). */
export async function dropRealtimeConnections(code = 4100): Promise<void> {
  const response = await fetch(`/__mentorkit-test/drop-sockets?code=${code}`);
  if (!response.ok) throw new Error('drop-sockets failed');
}

/** How many real-time connections the service holds now. */
export async function realtimeConnectionCount(): Promise<number> {
  const response = await fetch('/__mentorkit-test/socket-count');
  return ((await response.json()) as { count: number }).count;
}

/** Subscribes `client` to its member's channel and resolves once the service accepted the subscription. */
export async function memberChannelReady(client: MentorKitClient): Promise<() => void> {
  const me = await client.getMe();
  return new Promise((resolve) => {
    const stop = client.realtime.subscribe(`private-member-${me.member.id}`, (event) => {
      if (event === 'pusher:subscription_succeeded') resolve(stop);
    });
  });
}

/** Moves the service's clock by `ms` (negative moves it back). */
export async function advanceServiceClock(ms: number): Promise<void> {
  const response = await fetch(`/__mentorkit-test/advance-clock?ms=${ms}`);
  if (!response.ok) throw new Error('advance-clock failed');
}

export interface BookedSession {
  session: Session;
  mentorId: string;
  mentor: TestMember;
  mentee: TestMember;
}

/**
 * A fresh mentor (open every day 08:00–20:00 Europe/Madrid) booked by a fresh mentee at the first open
 * 60-minute slot (or the first whose UTC start hour is `utcHour`); confirmed when asked.
 */
export async function bookSession(
  options: {
    topic?: string;
    description?: string;
    confirm?: boolean;
    utcHour?: number;
    prefix?: string;
    menteeName?: string;
    mentorName?: string;
  } = {},
): Promise<BookedSession> {
  const prefix = options.prefix ?? 'sl';
  const mentorEmail = uniqueEmail(`${prefix}-mentor`);
  const mentorName = options.mentorName ?? 'Maya Mentor';
  // A tag of its own per fixture, so these mentors never dominate the directory's facet counts.
  const mentorId = await createMentor(mentorEmail, mentorName, { hourlyRate: 40, currency: 'USD', expertise: [`Fixture ${prefix}`] });
  const mentor = await memberClient(mentorEmail, mentorName, 'Mentor');
  const mentee = await memberClient(uniqueEmail(`${prefix}-mentee`), options.menteeName ?? 'Milo Mentee', 'Mentee');
  const { slots } = await mentee.client.listMentorSlots({ mentorId, duration: '60', timeZone: 'UTC' });
  const slot =
    options.utcHour === undefined
      ? slots[0]
      : slots.find((s) => new Date(s.start).getUTCHours() === options.utcHour && new Date(s.start).getUTCMinutes() === 0);
  if (!slot) throw new Error('no open slot for the test booking');
  let session = await mentee.client.createSession({
    mentorId,
    start: slot.start,
    durationMinutes: 60,
    topic: options.topic ?? 'Planning my first open-source contribution',
    ...(options.description ? { description: options.description } : {}),
  });
  if (options.confirm) session = await mentor.client.confirmSession({ sessionId: session.id });
  return { session, mentorId, mentor, mentee };
}
