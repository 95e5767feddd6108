import {
  MentorKitError,
  validationFailed,
  type Conversation,
  type ListMessagesQuery,
  type Message,
  type MessagePage,
  type SendMessageInput,
} from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { ConversationRecord } from '../repositories/conversation-repository.js';
import type { MessageRecord } from '../repositories/message-repository.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { assertConnected } from './message-permission.js';

/** Sending is limited per member (SPEC O6): enough for a lively chat, too few for a flood. */
export const MESSAGE_RATE_LIMIT = { limit: 30, windowSeconds: 60 };

export async function toMessages(services: Services, communityId: string, records: MessageRecord[]): Promise<Message[]> {
  const names = new Map(
    (await services.members.findByIds(communityId, [...new Set(records.map((r) => r.senderId))])).map((m) => [m.id, m.name]),
  );
  return records.map((r) => ({
    id: r.id,
    conversationId: r.conversationId,
    seq: r.seq,
    sender: { id: r.senderId, name: names.get(r.senderId) ?? '' },
    text: r.text,
    ...(r.sessionId !== undefined ? { sessionId: r.sessionId } : {}),
    createdAt: r.createdAt.toISOString(),
  }));
}

const otherOf = (conversation: ConversationRecord, memberId: string) =>
  conversation.memberIds[0] === memberId ? conversation.memberIds[1] : conversation.memberIds[0];

/** The API shape for one member: the other person, last message and unread count from the read position. */
export async function toConversation(
  services: Services,
  communityId: string,
  conversation: ConversationRecord,
  viewerId: string,
): Promise<Conversation> {
  const otherId = otherOf(conversation, viewerId);
  const [other, reads, last] = await Promise.all([
    services.members.findById(communityId, otherId),
    services.conversations.readPositions(communityId, conversation.id, [viewerId, otherId]),
    services.messages.last(communityId, conversation.id),
  ]);
  const mine = reads.get(viewerId)!.seq;
  return {
    id: conversation.id,
    with: { id: otherId, name: other?.name ?? '' },
    lastMessage: last ? (await toMessages(services, communityId, [last]))[0]! : null,
    unreadCount: await services.messages.countUnread(communityId, conversation.id, viewerId, mine),
    readUpTo: mine,
    otherReadUpTo: reads.get(otherId)!.seq,
    createdAt: conversation.createdAt.toISOString(),
    updatedAt: (last?.createdAt ?? conversation.createdAt).toISOString(),
  };
}

/** A conversation the caller belongs to; anybody else gets the same 404 as for one that does not exist. */
export async function ownConversation(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
): Promise<ConversationRecord> {
  const found = await services.conversations.findById(community.id, id);
  if (!found || !found.memberIds.includes(auth.member.id)) {
    throw new MentorKitError('CONVERSATION_NOT_FOUND', `No conversation ${id} of yours in this community`);
  }
  return found;
}

/** Whether `memberId` belongs to conversation `id` (channel authorization). */
export async function isConversationMember(services: Services, communityId: string, id: string, memberId: string): Promise<boolean> {
  const found = await services.conversations.findById(communityId, id);
  return Boolean(found?.memberIds.includes(memberId));
}

/** Opens (creating on first use) the caller's conversation with another member they are connected to. */
export async function openConversation(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  memberId: string,
): Promise<ConversationRecord> {
  await assertConnected(services, community.id, auth.member.id, memberId);
  return services.conversations.findOrCreate(community.id, auth.member.id, memberId, newId(), services.now());
}

export async function listConversations(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
): Promise<{ items: Conversation[]; unreadCount: number }> {
  const records = await services.conversations.listForMember(community.id, auth.member.id);
  const items = await Promise.all(records.map((r) => toConversation(services, community.id, r, auth.member.id)));
  return { items, unreadCount: items.reduce((sum, c) => sum + c.unreadCount, 0) };
}

export async function listMessages(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
  query: ListMessagesQuery,
): Promise<MessagePage> {
  await ownConversation(services, community, auth, id);
  const page = await services.messages.page(community.id, id, {
    limit: query.limit,
    ...(query.before !== undefined ? { before: query.before } : {}),
    ...(query.since !== undefined ? { since: query.since } : {}),
    ...(query.sessionId ? { sessionId: query.sessionId } : {}),
  });
  return { items: await toMessages(services, community.id, page.items), nextCursor: page.nextCursor };
}

/**
 * Sends a message (SPEC T2). The pair must still be connected; a `sessionId` must be one of the pair's
 * sessions. Rate-limited per member. Announces `message.sent` (notifications and live delivery follow).
 */
export async function sendMessage(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
  input: SendMessageInput,
): Promise<MessageRecord> {
  const conversation = await ownConversation(services, community, auth, id);
  const otherId = otherOf(conversation, auth.member.id);
  await assertConnected(services, community.id, auth.member.id, otherId);
  if (input.sessionId) {
    const session = await services.sessions.findById(community.id, input.sessionId);
    const pair = [session?.mentorId, session?.menteeId];
    if (!session || !pair.includes(auth.member.id) || !pair.includes(otherId)) {
      throw validationFailed('request body', { path: 'sessionId', message: "Expected a session of this conversation's two members" });
    }
  }
  const now = services.now();
  await services.rateLimiter.hit(community.id, { key: `message:${auth.member.id}`, ...MESSAGE_RATE_LIMIT }, now, 'Too many messages');
  const seq = await services.conversations.nextSeq(community.id, id, now);
  const message = await services.messages.insert({
    id: newId(),
    communityId: community.id,
    conversationId: id,
    seq,
    senderId: auth.member.id,
    text: input.text,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    createdAt: now,
  });
  // The sender has read everything up to their own message.
  await services.conversations.markRead(community.id, id, auth.member.id, seq, now);
  await services.events.emit({
    type: 'message.sent',
    community,
    conversation: { ...conversation, lastSeq: seq, lastMessageAt: now },
    message,
    actorId: auth.member.id,
    at: now,
  });
  return message;
}

/** Moves the caller's read position forward (to `upTo`, or to the newest message); never back. */
export async function markConversationRead(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
  upTo?: number,
): Promise<ConversationRecord> {
  const conversation = await ownConversation(services, community, auth, id);
  const seq = Math.min(upTo ?? conversation.lastSeq, conversation.lastSeq);
  const now = services.now();
  const position = await services.conversations.markRead(community.id, id, auth.member.id, seq, now);
  await services.events.emit({
    type: 'conversation.read',
    community,
    conversation,
    actorId: auth.member.id,
    readUpTo: position.seq,
    at: now,
  });
  return conversation;
}
