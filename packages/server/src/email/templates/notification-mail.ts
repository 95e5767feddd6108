import type { Locale } from '@mentorkit/core';
import type { MailMessage } from '../mailer.js';
import { escapeHtml } from './escape-html.js';
import { notificationStrings, type NotificationFacts, type NotificationTemplate, type NotificationWords } from './notification-strings.js';

export interface NotificationMailInput {
  to: { email: string; name: string };
  locale: Locale;
  template: NotificationTemplate;
  facts: NotificationFacts;
  /** Where each button leads; a button without a url is left out. */
  links: Partial<Record<keyof NotificationWords['actions'], string>>;
  /** Present for non-essential mail: the one-click unsubscribe link (List-Unsubscribe too). */
  unsubscribeUrl?: string;
  settingsUrl?: string;
  icalEvent?: MailMessage['icalEvent'];
  messageId?: string;
  /** Accent color for buttons (the community's brand). */
  accent?: string;
}

/** Control characters never reach a header or a line of text (a topic cannot forge a header). */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/**
 * A notification as real multipart mail: a plain-text part that reads well on its own and an HTML part
 * in which every member-provided value is escaped. Names the community in the footer and the sender line.
 */
export function notificationMail(input: NotificationMailInput): MailMessage {
  const t = notificationStrings[input.locale];
  const f = input.facts;
  const words = t.words[input.template](f);
  const details: [string, string][] = [];
  if (f.when) details.push([t.labels.when, `${f.when} · ${t.labels.duration(f.durationMinutes)}`]);
  if (f.topic) details.push([t.labels.topic, f.topic]);
  if (f.other) details.push([t.labels.with, f.other]);
  if (f.meetingUrl) details.push([t.labels.meeting, f.meetingUrl]);
  if (f.reason) details.push([t.labels.reason, f.reason]);
  if (f.message) details.push([t.labels.message, f.message]);
  const actions = (Object.entries(words.actions) as [keyof NotificationWords['actions'], string][]).flatMap(([key, label]) => {
    const url = input.links[key];
    return url ? [{ label, url }] : [];
  });
  const paragraphs = input.icalEvent ? [...words.paragraphs, t.invitationAttached] : words.paragraphs;

  const text = [
    `${input.to.name},`,
    '',
    ...paragraphs,
    '',
    ...details.map(([label, value]) => `${label}: ${value}`),
    '',
    ...actions.map((a) => `${a.label}: ${a.url}`),
    '',
    '-- ',
    t.footer(f.community),
    ...(input.settingsUrl ? [`${t.settings}: ${input.settingsUrl}`] : []),
    ...(input.unsubscribeUrl ? [`${t.unsubscribe}: ${input.unsubscribeUrl}`] : []),
  ].join('\n');

  const accent = /^#[0-9a-f]{6}$/i.test(input.accent ?? '') ? input.accent! : '#4338ca';
  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(oneLine(words.subject))}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f9;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2937">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;overflow-wrap:anywhere">
<p style="margin:0 0 8px;font-size:13px;color:#4b5563">${escapeHtml(f.community)}</p>
<p>${escapeHtml(input.to.name)},</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${details.length ? `<table role="presentation" style="border-collapse:collapse;margin:16px 0">${details.map(([label, value]) => `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;color:#4b5563;font-weight:600">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`).join('')}</table>` : ''}
${actions.map((a) => `<a href="${escapeHtml(a.url)}" style="display:inline-block;margin:4px 8px 4px 0;padding:10px 16px;border-radius:6px;background:${accent};color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(a.label)}</a>`).join('\n')}
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px">
<p style="font-size:12px;color:#4b5563">${escapeHtml(t.footer(f.community))}${input.settingsUrl ? `<br><a href="${escapeHtml(input.settingsUrl)}" style="color:#4b5563">${escapeHtml(t.settings)}</a>` : ''}${input.unsubscribeUrl ? ` · <a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#4b5563">${escapeHtml(t.unsubscribe)}</a>` : ''}</p>
</div></body></html>`;

  return {
    to: input.to.email,
    subject: oneLine(words.subject),
    text,
    html,
    ...(input.icalEvent ? { icalEvent: input.icalEvent } : {}),
    ...(input.messageId ? { messageId: input.messageId } : {}),
    ...(input.unsubscribeUrl
      ? { headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
      : {}),
  };
}
