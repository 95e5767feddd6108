import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  conversationListSchema,
  conversationParams,
  conversationSchema,
  listMessagesQuerySchema,
  markConversationReadInputSchema,
  messagePageSchema,
  messageSchema,
  openConversationInputSchema,
  sendMessageInputSchema,
} from '@mentorkit/core';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import {
  listConversations,
  listMessages,
  markConversationRead,
  openConversation,
  ownConversation,
  sendMessage,
  toConversation,
  toMessages,
} from '../services/message-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

/** Direct messages (SPEC T2). */
export const conversationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

conversationRoutes.use('/communities/:slug/conversations', authenticate());
conversationRoutes.use('/communities/:slug/conversations/*', authenticate());

const tags = ['Messages'];

conversationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/conversations',
    operationId: 'listConversations',
    tags,
    summary: 'My conversations, most recently active first, each with its last message and unread count',
    security: bearerSecurity,
    request: { params: communityParams },
    responses: { 200: jsonResponse(conversationListSchema, 'Conversations and the total unread count'), ...errorResponses },
  }),
  async (c) => c.json(await listConversations(c.get('services'), c.get('community'), c.get('auth')), 200),
);

conversationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/conversations',
    operationId: 'openConversation',
    tags,
    summary: 'Open my conversation with a member (created on first use)',
    description:
      'Only with a member I share a mentorship (not declined) or a session (not declined) with; anybody else: 403 NOT_CONNECTED.',
    security: bearerSecurity,
    request: { params: communityParams, body: jsonBody(openConversationInputSchema) },
    responses: { 200: jsonResponse(conversationSchema, 'The conversation'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const conversation = await openConversation(services, community, auth, c.req.valid('json').memberId);
    return c.json(await toConversation(services, community.id, conversation, auth.member.id), 200);
  },
);

conversationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/conversations/{conversationId}',
    operationId: 'getConversation',
    tags,
    summary: 'One of my conversations (others get 404)',
    security: bearerSecurity,
    request: { params: conversationParams },
    responses: { 200: jsonResponse(conversationSchema, 'The conversation'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const conversation = await ownConversation(services, community, auth, c.req.valid('param').conversationId);
    return c.json(await toConversation(services, community.id, conversation, auth.member.id), 200);
  },
);

conversationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/conversations/{conversationId}/messages',
    operationId: 'listMessages',
    tags,
    summary: 'Messages of a conversation, oldest first: the newest page, older pages with `before`, or catch-up with `since`',
    description: "`before` and `since` are message `seq` numbers. `sessionId` keeps only that session's in-session chat.",
    security: bearerSecurity,
    request: { params: conversationParams, query: listMessagesQuerySchema },
    responses: { 200: jsonResponse(messagePageSchema, 'A page of messages'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      await listMessages(c.get('services'), c.get('community'), c.get('auth'), c.req.valid('param').conversationId, c.req.valid('query')),
      200,
    ),
);

conversationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/conversations/{conversationId}/messages',
    operationId: 'sendMessage',
    tags,
    summary: "Send a message (up to 4,000 characters), optionally tagged with one of the pair's sessions",
    description: 'Rate-limited per member: 429 with Retry-After.',
    security: bearerSecurity,
    request: { params: conversationParams, body: jsonBody(sendMessageInputSchema) },
    responses: { 201: jsonResponse(messageSchema, 'The stored message'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const message = await sendMessage(services, community, c.get('auth'), c.req.valid('param').conversationId, c.req.valid('json'));
    return c.json((await toMessages(services, community.id, [message]))[0]!, 201);
  },
);

conversationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/conversations/{conversationId}/read',
    operationId: 'markConversationRead',
    tags,
    summary: 'Mark messages read up to `upTo` (a seq; default: all). The read position never moves back',
    security: bearerSecurity,
    request: { params: conversationParams, body: jsonBody(markConversationReadInputSchema) },
    responses: { 200: jsonResponse(conversationSchema, 'The conversation with its new unread count'), ...errorResponses },
  }),
  async (c) => {
    const services = c.get('services');
    const community = c.get('community');
    const auth = c.get('auth');
    const conversation = await markConversationRead(
      services,
      community,
      auth,
      c.req.valid('param').conversationId,
      c.req.valid('json').upTo,
    );
    return c.json(await toConversation(services, community.id, conversation, auth.member.id), 200);
  },
);
