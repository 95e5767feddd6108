import { defaultEmailPreferences, type EmailPreferences, type Locale } from '@mentorkit/core';
import { escapeHtml } from '../email/templates/escape-html.js';
import type { Services } from '../service-container.js';
import { hubLink } from './notification-links.js';
import { localeOf } from './recipients.js';
import { verifyUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

const words = {
  en: {
    title: 'Email settings',
    kinds: { sessionUpdates: 'session update', reminders: 'reminder', mentorship: 'mentorship', all: 'optional' } satisfies Record<
      UnsubscribeScope,
      string
    >,
    ask: (kind: string, community: string, email: string) => `Stop ${kind} emails from ${community} to ${email}?`,
    button: 'Unsubscribe',
    done: (kind: string, community: string) => `Done: you will no longer get ${kind} emails from ${community}.`,
    always: 'Sign-in codes and cancellations are still sent.',
    settings: 'Change your email settings',
    invalid: 'This unsubscribe link is not valid. Open your email settings in the community site instead.',
  },
  es: {
    title: 'Ajustes de correo',
    kinds: {
      sessionUpdates: 'novedades de sesiones',
      reminders: 'recordatorios',
      mentorship: 'mentoría',
      all: 'opcionales',
    } satisfies Record<UnsubscribeScope, string>,
    ask: (kind: string, community: string, email: string) => `¿Dejar de enviar correos de ${kind} de ${community} a ${email}?`,
    button: 'Darse de baja',
    done: (kind: string, community: string) => `Hecho: ya no recibirás correos de ${kind} de ${community}.`,
    always: 'Los códigos de acceso y las cancelaciones se siguen enviando.',
    settings: 'Cambiar tus ajustes de correo',
    invalid: 'Este enlace para darse de baja no es válido. Abre tus ajustes de correo en el sitio de la comunidad.',
  },
} satisfies Record<Locale, unknown>;

async function resolve(services: Services, token: string) {
  const claims = verifyUnsubscribeToken(services.secret, token);
  if (!claims) return null;
  const community = await services.communities.findById(claims.communityId);
  const member = community && (await services.members.findById(community.id, claims.memberId));
  return community && member ? { claims, community, member } : null;
}

/** Switches off what a valid token names; false for an invalid token. Repeating it changes nothing. */
export async function applyUnsubscribe(services: Services, token: string): Promise<boolean> {
  const found = await resolve(services, token);
  if (!found) return false;
  const { claims } = found;
  const off: Partial<EmailPreferences> =
    claims.scope === 'all' ? Object.fromEntries(Object.keys(defaultEmailPreferences).map((k) => [k, false])) : { [claims.scope]: false };
  await services.notificationPreferences.update(claims.communityId, claims.memberId, { email: off }, services.now());
  return true;
}

/** The small page behind the link, in the member's language. */
export async function unsubscribePage(
  services: Services,
  token: string,
  state: 'ask' | 'done',
): Promise<{ status: 200 | 404; html: string }> {
  const found = await resolve(services, token);
  const locale: Locale = found ? localeOf(found.community, found.member) : 'en';
  const w = words[locale];
  let body: string;
  if (!found) {
    body = `<p>${escapeHtml(w.invalid)}</p>`;
  } else {
    const kind = w.kinds[found.claims.scope];
    const settings = `<p><a href="${escapeHtml(hubLink(services, found.community, { view: 'settings' }))}">${escapeHtml(w.settings)}</a></p>`;
    body =
      state === 'done'
        ? `<p role="status">${escapeHtml(w.done(kind, found.community.name))}</p><p>${escapeHtml(w.always)}</p>${settings}`
        : `<form method="post" action="?token=${encodeURIComponent(token)}"><p>${escapeHtml(w.ask(kind, found.community.name, found.member.email))}</p><button type="submit">${escapeHtml(w.button)}</button></form><p>${escapeHtml(w.always)}</p>${settings}`;
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(w.title)}</title>
<style>:root{color-scheme:light dark}body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;overflow-wrap:anywhere}button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:none;background:#4338ca;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #a5b4fc;outline-offset:2px}a{color:inherit}</style></head>
<body><h1>${escapeHtml(w.title)}</h1>${body}</body></html>`;
  return { status: found ? 200 : 404, html };
}
