import type { Conversation, Message } from '@mentorkit/core';

/** Messages merged by id and kept in `seq` order (live events, catch-ups and pages may overlap). */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * Where a catch-up must start: the end of the unbroken run of numbers from the first message held.
 * Not simply the newest: a member who sent message 7 while offline may still miss 6.
 */
export function caughtUpTo(messages: readonly Message[]): number {
  if (messages.length === 0) return 0;
  let seq = messages[0]!.seq;
  for (const m of messages.slice(1)) {
    if (m.seq !== seq + 1) break;
    seq = m.seq;
  }
  return seq;
}

/** The list with `conversation` put first (it just had a message) or updated in place. */
export function upsertConversation(list: readonly Conversation[], conversation: Conversation, moveToTop: boolean): Conversation[] {
  const rest = list.filter((c) => c.id !== conversation.id);
  if (moveToTop) return [conversation, ...rest];
  const index = list.findIndex((c) => c.id === conversation.id);
  return index < 0 ? [conversation, ...rest] : list.map((c) => (c.id === conversation.id ? conversation : c));
}

/** Total unread over every conversation. */
export const totalUnread = (list: readonly Conversation[]): number => list.reduce((sum, c) => sum + c.unreadCount, 0);
