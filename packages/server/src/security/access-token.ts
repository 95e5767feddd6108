import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { MentorKitError } from '@mentorkit/core';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'mentorkit';

export interface AccessClaims {
  memberId: string;
  communityId: string;
  sessionId: string;
}

/** A key for one purpose only, derived from the service secret (never the secret itself). */
export function deriveKey(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(createHmac('sha256', secret).update(`mentorkit:${purpose}`).digest());
}

export async function signAccessToken(secret: string, claims: AccessClaims, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ cid: claims.communityId, sid: claims.sessionId, typ: 'access' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(claims.communityId)
    .setSubject(claims.memberId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_SECONDS)
    .sign(deriveKey(secret, 'access-token'));
}

/**
 * Verifies signature, expiry, issuer and that the token was issued for this community.
 * @throws MentorKitError INVALID_TOKEN (401)
 */
export async function verifyAccessToken(secret: string, token: string, communityId: string, now: Date): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, deriveKey(secret, 'access-token'), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: communityId,
      currentDate: now,
    });
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
      throw new MentorKitError('INVALID_TOKEN', 'Not an access token');
    }
    return { memberId: payload.sub, communityId, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof MentorKitError) throw error;
    const reason =
      error instanceof errors.JWTExpired
        ? 'The access token has expired; refresh the session'
        : error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud'
          ? 'The access token belongs to another community'
          : 'The access token is invalid';
    throw new MentorKitError('INVALID_TOKEN', reason, { cause: error });
  }
}
