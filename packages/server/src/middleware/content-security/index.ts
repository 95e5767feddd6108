import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';

/**
 * The policy for HTML pages the service serves (example site, API reference, outbox): scripts only from
 * this origin (no inline script, no eval), nothing embeddable, no `<base>` tricks. Styles may be inline:
 * the server-rendered pages carry one `<style>` each and Lit components set styles through the CSSOM.
 * Connections may go to https/wss hosts for a hosted Pusher; images to https hosts and data/blob URLs
 * (a photo preview before upload).
 */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self' https: wss: ws:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Adds the Content-Security-Policy to HTML answers; JSON and assets are left alone. */
export function contentSecurityPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html'))
      c.res.headers.set('Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY);
  };
}
