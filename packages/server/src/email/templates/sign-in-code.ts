import type { Locale } from '@mentorkit/core';
import type { MailMessage } from '../mailer.js';
import { escapeHtml } from './escape-html.js';

const text = {
  en: {
    subject: (code: string, community: string) => `${code} is your sign-in code for ${community}`,
    intro: (community: string) => `Use this code to sign in to ${community}:`,
    link: 'Or open this link on this device:',
    expiry: 'The code and link work once and expire in 10 minutes.',
    ignore: 'If you did not ask to sign in, ignore this email.',
  },
  es: {
    subject: (code: string, community: string) => `${code} es tu código de acceso a ${community}`,
    intro: (community: string) => `Usa este código para entrar en ${community}:`,
    link: 'O abre este enlace en este dispositivo:',
    expiry: 'El código y el enlace sirven una sola vez y caducan en 10 minutos.',
    ignore: 'Si no pediste entrar, ignora este correo.',
  },
} satisfies Record<Locale, unknown>;

/** The sign-in email (SPEC C3): the 6-digit code, the magic link, in the member's language. */
export function signInCodeMail(input: { to: string; locale: Locale; community: string; code: string; link: string }): MailMessage {
  const t = text[input.locale];
  return {
    to: input.to,
    subject: t.subject(input.code, input.community),
    text: [t.intro(input.community), '', `    ${input.code}`, '', t.link, input.link, '', t.expiry, t.ignore].join('\n'),
    html: `<p>${escapeHtml(t.intro(input.community))}</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">${input.code}</p>
<p>${escapeHtml(t.link)}<br><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>
<p>${escapeHtml(t.expiry)}<br>${escapeHtml(t.ignore)}</p>`,
  };
}
