import { z } from 'zod';
import { idSchema, slugSchema } from './common.js';
import { MESSAGE_MAX_LENGTH } from '../message-limits.js';
import { sessionPartySchema } from './session.js';

export const conversationParams = z.object({ slug: slugSchema, conversationId: idSchema });

/** Opens the conversation with another member, creating it on first use (both must share a mentorship or a session). */
export const openConversationInputSchema = z.strictObject({ memberId: idSchema });

export const sendMessageInputSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'Expected a message')
    .max(MESSAGE_MAX_LENGTH, `Expected a message of at most ${MESSAGE_MAX_LENGTH} characters`),
  /** Tags the message as in-session chat of this session (SPEC T3); it must be a session of the pair. */
  sessionId: idSchema.optional(),
});
export type SendMessageInput = z.infer<typeof sendMessageInputSchema>;

/** A message position: the conversation's sequence number (gapless order, per conversation). */
const seqQuery = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const listMessagesQuerySchema = z
  .strictObject({
    /** Older history: messages before this `seq` (the `nextCursor` of the previous page), newest page first. */
    before: seqQuery.optional(),
    /** Catch-up: messages after this `seq` (the newest one a client has), oldest first. */
    since: seqQuery.optional(),
    /** Only the in-session chat of this session. */
    sessionId: idSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .refine((q) => q.before === undefined || q.since === undefined, {
    message: 'Use either before (older history) or since (catch-up), not both',
    path: ['since'],
  });
export type ListMessagesQuery = z.infer<typeof listMessagesQuerySchema>;

export const markConversationReadInputSchema = z.strictObject({
  /** The newest message read (its `seq`); by default every message so far. The read position never moves back. */
  upTo: seqQuery.optional(),
});

export const messageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  /** Position in the conversation: 1, 2, 3… Cursors (`before`, `since`, `upTo`) are these numbers. */
  seq: z.number().int(),
  sender: sessionPartySchema,
  text: z.string(),
  sessionId: z.string().optional(),
  createdAt: z.iso.datetime(),
});
export type Message = z.infer<typeof messageSchema>;

export const conversationSchema = z.object({
  id: z.string(),
  /** The other member of the conversation. */
  with: sessionPartySchema,
  lastMessage: messageSchema.nullable(),
  /** Messages from the other member after my read position, counted from the stored messages. */
  unreadCount: z.number().int(),
  /** My read position (`seq`), 0 before anything was read. */
  readUpTo: z.number().int(),
  /** The other member's read position, for "seen" marks. */
  otherReadUpTo: z.number().int(),
  createdAt: z.iso.datetime(),
  /** The last message's time, or the creation time. */
  updatedAt: z.iso.datetime(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationListSchema = z.object({
  items: z.array(conversationSchema),
  /** Sum of `unreadCount` over every conversation. */
  unreadCount: z.number().int(),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

export const messagePageSchema = z.object({
  /** Oldest first. */
  items: z.array(messageSchema),
  /** With `before` or no cursor: pass as `before` for the page of older messages; null at the start. */
  nextCursor: z.number().int().nullable(),
});
export type MessagePage = z.infer<typeof messagePageSchema>;
