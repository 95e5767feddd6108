import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  authResultSchema,
  exchangeIdentityTokenInputSchema,
  meSchema,
  okSchema,
  refreshSessionInputSchema,
  requestSignInCodeInputSchema,
  requestSignInCodeResultSchema,
  signOutInputSchema,
  verifyMagicLinkInputSchema,
  verifySignInCodeInputSchema,
} from '@mentorkit/core';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { authenticate } from '../middleware/authenticate/index.js';
import { clientAddress } from '../security/client-address.js';
import {
  exchangeIdentityToken,
  meOf,
  refreshSession,
  signOut,
  requestSignInCode,
  SIGN_IN_REQUESTED_MESSAGE,
  verifyMagicLink,
  verifySignInCode,
} from '../services/auth-service.js';
import { bearerSecurity, communityParams, errorResponses, jsonBody, jsonResponse, validationHook } from './openapi.js';

export const authRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** The caller's address (the socket's peer, or the client behind a proxy trusted by TRUST_PROXY). */
function clientIp(c: Context<AppEnv>): string {
  return clientAddress(c, c.get('services').config.trustProxy);
}

const tags = ['Sign-in'];

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/code',
    operationId: 'requestSignInCode',
    tags,
    summary: 'Email a 6-digit sign-in code and a magic link',
    description: 'Always answers 202 with the same message, member or not. Rate-limited per email and per IP (429 with Retry-After).',
    request: { params: communityParams, body: jsonBody(requestSignInCodeInputSchema) },
    responses: { 202: jsonResponse(requestSignInCodeResultSchema, 'Accepted'), ...errorResponses },
  }),
  async (c) => {
    await requestSignInCode(c.get('services'), c.get('community'), c.req.valid('json'), clientIp(c));
    return c.json({ ok: true as const, message: SIGN_IN_REQUESTED_MESSAGE }, 202);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/verify',
    operationId: 'verifySignInCode',
    tags,
    summary: 'Exchange the emailed code for a session',
    description:
      'Codes expire after 10 minutes, work once and allow 5 wrong tries per client address (15 in all). Every failure answers the same INVALID_CODE message.',
    request: { params: communityParams, body: jsonBody(verifySignInCodeInputSchema) },
    responses: { 200: jsonResponse(authResultSchema, 'Signed in'), ...errorResponses },
  }),
  async (c) => c.json(await verifySignInCode(c.get('services'), c.get('community'), c.req.valid('json'), clientIp(c)), 200),
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/magic',
    operationId: 'verifyMagicLink',
    tags,
    summary: "Exchange a magic-link token (from the link's #magic= fragment) for a session",
    request: { params: communityParams, body: jsonBody(verifyMagicLinkInputSchema) },
    responses: { 200: jsonResponse(authResultSchema, 'Signed in'), ...errorResponses },
  }),
  async (c) => c.json(await verifyMagicLink(c.get('services'), c.get('community'), c.req.valid('json').token, clientIp(c)), 200),
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/identity',
    operationId: 'exchangeIdentityToken',
    tags,
    summary: 'Single sign-on: exchange a host-signed identity token (HS256, community secret key) for a session',
    description:
      'The token needs `exp` and `iat` at most 10 minutes apart, `aud` = the community slug and a unique `jti`; each token works once. ' +
      'Rate-limited per email and per address (429 with Retry-After).',
    request: { params: communityParams, body: jsonBody(exchangeIdentityTokenInputSchema) },
    responses: { 200: jsonResponse(authResultSchema, 'Signed in'), ...errorResponses },
  }),
  async (c) => c.json(await exchangeIdentityToken(c.get('services'), c.get('community'), c.req.valid('json').token, clientIp(c)), 200),
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/refresh',
    operationId: 'refreshSession',
    tags,
    summary: 'Rotate the refresh token and get a new access token',
    description:
      'Each refresh token works once; presenting a spent one signs the whole session out. Limited to 30 refreshes an hour per session ' +
      'and 1,200 per 15 minutes per address (429 with Retry-After; the token stays valid).',
    request: { params: communityParams, body: jsonBody(refreshSessionInputSchema) },
    responses: { 200: jsonResponse(authResultSchema, 'Refreshed'), ...errorResponses },
  }),
  async (c) => c.json(await refreshSession(c.get('services'), c.get('community'), c.req.valid('json').refreshToken, clientIp(c)), 200),
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/communities/{slug}/auth/sign-out',
    operationId: 'signOut',
    tags,
    summary: 'Sign out: revoke the session this refresh token belongs to',
    request: { params: communityParams, body: jsonBody(signOutInputSchema) },
    responses: { 200: jsonResponse(okSchema, 'Signed out (also when the token was unknown)'), ...errorResponses },
  }),
  async (c) => {
    await signOut(c.get('services'), c.get('community'), c.req.valid('json').refreshToken);
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.use('/communities/:slug/me', authenticate());

authRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/communities/{slug}/me',
    operationId: 'getMe',
    tags,
    summary: 'The signed-in member, roles and home view',
    security: bearerSecurity,
    request: { params: communityParams },
    responses: { 200: jsonResponse(meSchema, 'The signed-in member'), ...errorResponses },
  }),
  (c) => c.json(meOf(c.get('community'), c.get('auth').member), 200),
);
