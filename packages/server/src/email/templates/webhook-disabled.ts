import type { Locale } from '@mentorkit/core';
import type { MailMessage } from '../mailer.js';
import { escapeHtml } from './escape-html.js';

type Reason = 'gone' | 'failing';

const text = {
  en: {
    subject: (community: string) => `A webhook endpoint of ${community} was disabled`,
    intro: (community: string, url: string) => `MentorKit stopped sending events of ${community} to ${url}.`,
    gone: 'The endpoint answered 410 Gone, which asks senders to stop.',
    failing: 'Every delivery to it has failed for more than 5 days.',
    last: (error: string) => `Last error: ${error}`,
    fix: 'Fix the receiver, then enable the endpoint again (updateWebhook with "enabled": true) and redeliver what it missed (redeliverWebhook).',
  },
  es: {
    subject: (community: string) => `Se desactivó un webhook de ${community}`,
    intro: (community: string, url: string) => `MentorKit dejó de enviar los eventos de ${community} a ${url}.`,
    gone: 'El destino respondió 410 Gone, que pide dejar de enviar.',
    failing: 'Todas las entregas han fallado durante más de 5 días.',
    last: (error: string) => `Último error: ${error}`,
    fix: 'Arregla el receptor, vuelve a activar el webhook (updateWebhook con "enabled": true) y reenvía lo que no recibió (redeliverWebhook).',
  },
} satisfies Record<Locale, unknown>;

/** Tells a community admin that an endpoint was disabled, why, and how to recover (SPEC N3). */
export function webhookDisabledMail(input: {
  to: string;
  locale: Locale;
  community: string;
  url: string;
  reason: Reason;
  lastError?: string;
}): MailMessage {
  const t = text[input.locale];
  const lines = [t.intro(input.community, input.url), t[input.reason], ...(input.lastError ? [t.last(input.lastError)] : []), '', t.fix];
  return {
    to: input.to,
    subject: t.subject(input.community),
    text: lines.join('\n'),
    html: lines
      .filter(Boolean)
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('\n'),
  };
}
