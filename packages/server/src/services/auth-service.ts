import { errors, jwtVerify, type JWTVerifyOptions } from 'jose';
import { homeView, identityClaimsSchema, MentorKitError, type AuthResult, type Locale, type Me } from '@mentorkit/core';
import { signInCodeMail } from '../email/templates/sign-in-code.js';
import { acceptedSecretKeys, type CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import { toMember } from './api-shapes.js';
import { INVALID_CODE_MESSAGE } from '../repositories/sign-in-code-repository.js';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from '../security/access-token.js';
import type { Services } from '../service-container.js';

/** Per email: a handful of codes an hour; per IP: enough for a shared office, not for spraying. */
export const SIGN_IN_LIMITS = {
  /** Per email and client address: one client cannot spend the member's own budget (targeted lockout). */
  perEmailAndIp: { limit: 5, windowSeconds: 3600 },
  /** Per email from everywhere: bounds the mail one address can be sent. */
  perEmail: { limit: 20, windowSeconds: 3600 },
  perIp: { limit: 30, windowSeconds: 900 },
  verifyPerIp: { limit: 60, windowSeconds: 900 },
  /** Guesses at one email's code from anywhere: a spread-out attack gets no more than one client. */
  verifyPerEmail: { limit: 30, windowSeconds: 900 },
  verifyPerEmailAndIp: { limit: 10, windowSeconds: 900 },
  /** Identity-token exchanges: a host signs a member in once per page load, not ten times a minute. */
  identityPerEmail: { limit: 10, windowSeconds: 60 },
  identityPerIp: { limit: 600, windowSeconds: 600 },
  /** Refreshes: every 15 minutes per tab is normal; a loop is not. */
  refreshPerSession: { limit: 30, windowSeconds: 3600 },
  refreshPerIp: { limit: 1200, windowSeconds: 900 },
};
/** Host identity tokens must be short-lived (SPEC C4). */
export const MAX_IDENTITY_TOKEN_SECONDS = 10 * 60;

export const SIGN_IN_REQUESTED_MESSAGE = 'If this email can sign in to this community, a code is on its way. It expires in 10 minutes.';

export function meOf(community: CommunityRecord, member: MemberRecord): Me {
  return {
    member: toMember(member),
    roles: member.roles,
    home: homeView(member.roles),
    community: { slug: community.slug, name: community.name },
  };
}

function magicLink(services: Services, community: CommunityRecord, token: string): string {
  const base = community.settings.signInUrl ?? `${services.config.publicUrl}/sign-in`;
  // The token rides in the fragment: browsers never send it to a server or into access logs.
  const params = new URLSearchParams({ community: community.slug, magic: token });
  return `${base}#${params.toString()}`;
}

/**
 * Sends a code when the email may sign in (a member, or anybody in `open` mode). Answers the same
 * either way and sends in the background, so the response reveals nothing about membership.
 */
export async function requestSignInCode(
  services: Services,
  community: CommunityRecord,
  input: { email: string; locale?: Locale },
  ip: string,
): Promise<void> {
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `sign-in:ip:${ip}`, ...SIGN_IN_LIMITS.perIp },
    now,
    'Too many sign-in requests from this address',
  );
  await services.rateLimiter.hit(
    community.id,
    { key: `sign-in:email-ip:${input.email}:${ip}`, ...SIGN_IN_LIMITS.perEmailAndIp },
    now,
    'Too many codes requested for this email',
  );
  await services.rateLimiter.hit(
    community.id,
    { key: `sign-in:email:${input.email}`, ...SIGN_IN_LIMITS.perEmail },
    now,
    'Too many codes requested for this email',
  );
  services.background.run('send sign-in code', async () => {
    const member = await services.members.findByEmail(community.id, input.email);
    if (member?.disabledAt) return;
    if (!member && community.settings.signInMode !== 'open') return;
    const { code, magicToken } = await services.signInCodes.issue(community.id, input.email, now);
    const locale = member?.locale ?? input.locale ?? community.settings.defaultLocale;
    await services.mailer.send(
      signInCodeMail({ to: input.email, locale, community: community.name, code, link: magicLink(services, community, magicToken) }),
    );
  });
}

async function startSession(services: Services, community: CommunityRecord, member: MemberRecord): Promise<AuthResult> {
  const now = services.now();
  const { sessionId, refreshToken } = await services.authSessions.start(community.id, member.id, now);
  const accessToken = await signAccessToken(services.secret, { memberId: member.id, communityId: community.id, sessionId }, now);
  return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS, refreshToken, user: meOf(community, member) };
}

/** The member for a verified email; in `open` mode a first sign-in creates a mentee. */
async function memberForVerifiedEmail(services: Services, community: CommunityRecord, email: string): Promise<MemberRecord> {
  const member = await services.members.findByEmail(community.id, email);
  if (member?.disabledAt) throw new MentorKitError('INVALID_CODE', INVALID_CODE_MESSAGE);
  if (member) return member;
  if (community.settings.signInMode !== 'open') throw new MentorKitError('INVALID_CODE', INVALID_CODE_MESSAGE);
  const name =
    email
      .split('@')[0]!
      .replace(/[._-]+/g, ' ')
      .trim() || email;
  return (await services.members.upsert(community.id, { email, name, membershipType: '' }, services.now())).member;
}

export async function verifySignInCode(
  services: Services,
  community: CommunityRecord,
  input: { email: string; code: string },
  ip: string,
): Promise<AuthResult> {
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `verify:ip:${ip}`, ...SIGN_IN_LIMITS.verifyPerIp },
    now,
    'Too many sign-in attempts from this address',
  );
  await services.rateLimiter.hit(
    community.id,
    { key: `verify:email-ip:${input.email}:${ip}`, ...SIGN_IN_LIMITS.verifyPerEmailAndIp },
    now,
    'Too many sign-in attempts for this email',
  );
  await services.rateLimiter.hit(
    community.id,
    { key: `verify:email:${input.email}`, ...SIGN_IN_LIMITS.verifyPerEmail },
    now,
    'Too many sign-in attempts for this email',
  );
  await services.signInCodes.consumeCode(community.id, input.email, input.code, ip, now);
  return startSession(services, community, await memberForVerifiedEmail(services, community, input.email));
}

export async function verifyMagicLink(services: Services, community: CommunityRecord, token: string, ip: string): Promise<AuthResult> {
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `verify:ip:${ip}`, ...SIGN_IN_LIMITS.verifyPerIp },
    now,
    'Too many sign-in attempts from this address',
  );
  const email = await services.signInCodes.consumeMagicToken(community.id, token, now);
  return startSession(services, community, await memberForVerifiedEmail(services, community, email));
}

/** Verifies with the current secret key, then (during a rotation's grace period) the previous one. */
async function verifyWithAnyKey(token: string, keys: string[], options: JWTVerifyOptions): Promise<Record<string, unknown>> {
  for (let i = 0; ; i++) {
    try {
      return (await jwtVerify(token, new TextEncoder().encode(keys[i]), options)).payload;
    } catch (error) {
      if (!(error instanceof errors.JWSSignatureVerificationFailed) || i === keys.length - 1) throw error;
    }
  }
}

/**
 * Single sign-on (SPEC C4): the host site's backend signs `{ email, name, membershipType?, externalId? }`
 * with HS256 and the community secret key, valid at most 10 minutes, with `aud` = the community slug and a
 * unique `jti`; each token works once. The member is created or updated.
 */
export async function exchangeIdentityToken(
  services: Services,
  community: CommunityRecord,
  token: string,
  ip: string,
): Promise<AuthResult> {
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `identity:ip:${ip}`, ...SIGN_IN_LIMITS.identityPerIp },
    now,
    'Too many identity-token sign-ins from this address',
  );
  let payload: Record<string, unknown>;
  try {
    payload = await verifyWithAnyKey(token, acceptedSecretKeys(community, now), {
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: MAX_IDENTITY_TOKEN_SECONDS,
    });
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? 'The identity token has expired' : 'The identity token is invalid';
    throw new MentorKitError(
      'INVALID_TOKEN',
      `${reason}: sign it with HS256 and this community's secret key, with iat and exp at most 10 minutes apart`,
      { cause: error },
    );
  }
  if (typeof payload.exp === 'number' && typeof payload.iat === 'number' && payload.exp - payload.iat > MAX_IDENTITY_TOKEN_SECONDS) {
    throw new MentorKitError('INVALID_TOKEN', 'The identity token lives too long: exp may be at most 10 minutes after iat');
  }
  // A token for one community must not sign anybody in to another that shares the host's key handling.
  if (payload.aud !== community.slug) {
    throw new MentorKitError(
      'INVALID_TOKEN',
      payload.aud === undefined
        ? `The identity token needs aud = "${community.slug}" (the community slug)`
        : `The identity token is for audience ${JSON.stringify(payload.aud)}, not "${community.slug}"`,
    );
  }
  if (typeof payload.jti !== 'string' || payload.jti.length < 8 || payload.jti.length > 200) {
    throw new MentorKitError(
      'INVALID_TOKEN',
      'The identity token needs a jti: a unique id of 8 to 200 characters, new for every token (e.g. a UUID)',
    );
  }
  const { aud: _aud, exp: _exp, iat: _iat, nbf: _nbf, jti: _jti, iss: _iss, sub: _sub, ...claims } = payload;
  const parsed = identityClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new MentorKitError('INVALID_TOKEN', `The identity token's claims are invalid: ${first.path.join('.')}: ${first.message}`);
  }
  await services.rateLimiter.hit(
    community.id,
    { key: `identity:email:${parsed.data.email}`, ...SIGN_IN_LIMITS.identityPerEmail },
    now,
    'Too many identity-token sign-ins for this email',
  );
  // Spent only once the token is known good, so a forged token cannot burn a real one's jti.
  await services.usedIdentityTokens.spend(community.id, payload.jti, new Date((payload.exp as number) * 1000));
  const existing = await services.members.findByEmail(community.id, parsed.data.email);
  if (existing?.disabledAt) throw new MentorKitError('FORBIDDEN', 'This member was removed from the community by an admin');
  const { member } = await services.members.upsert(
    community.id,
    {
      email: parsed.data.email,
      name: parsed.data.name,
      membershipType: parsed.data.membershipType ?? existing?.membershipType ?? '',
      ...(parsed.data.externalId ? { externalId: parsed.data.externalId } : {}),
      ...(parsed.data.locale ? { locale: parsed.data.locale } : {}),
    },
    now,
  );
  return startSession(services, community, member);
}

export async function refreshSession(
  services: Services,
  community: CommunityRecord,
  refreshToken: string,
  ip: string,
): Promise<AuthResult> {
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `refresh:ip:${ip}`, ...SIGN_IN_LIMITS.refreshPerIp },
    now,
    'Too many refreshes from this address',
  );
  // Counted before the token is spent, so a refused refresh leaves the token usable later.
  const sessionId = await services.authSessions.sessionOfRefreshToken(community.id, refreshToken);
  if (sessionId)
    await services.rateLimiter.hit(
      community.id,
      { key: `refresh:session:${sessionId}`, ...SIGN_IN_LIMITS.refreshPerSession },
      now,
      'This session refreshes too often',
    );
  const rotated = await services.authSessions.rotate(community.id, refreshToken, now);
  const member = await services.members.findById(community.id, rotated.memberId);
  if (!member || member.disabledAt) throw new MentorKitError('INVALID_TOKEN', 'The member of this session no longer exists');
  const accessToken = await signAccessToken(
    services.secret,
    { memberId: member.id, communityId: community.id, sessionId: rotated.sessionId },
    now,
  );
  return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS, refreshToken: rotated.refreshToken, user: meOf(community, member) };
}

/** Revokes the sign-in session `refreshToken` belongs to; an unknown token changes nothing (no oracle). */
export async function signOut(services: Services, community: CommunityRecord, refreshToken: string): Promise<void> {
  await services.authSessions.revokeByRefreshToken(community.id, refreshToken, services.now());
}
