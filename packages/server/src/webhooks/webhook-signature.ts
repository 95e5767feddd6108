import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint signing secret: `whsec_` + base64 of 32 random bytes (the spec asks for 24 to 64). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-signature` value for one attempt: `v1,<base64 HMAC-SHA256>` over `id.timestamp.body`,
 * keyed with the base64-decoded secret, one per secret, space-delimited (during a rotation both the new
 * and the previous secret sign, so receivers can switch without dropping events).
 * @param timestamp seconds since the epoch, the same value as the `webhook-timestamp` header
 * @example signWebhook(['whsec_…'], 'msg_abc', 1674087231, '{"type":"session.confirmed",…}')
 */
export function signWebhook(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
      return 'v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
    })
    .join(' ');
}
