import type { Mentorship } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { connectStrings } from './connect.strings.js';

/** What the "Connect" dialog needs from its profile (SPEC R1). */
export interface ConnectContext {
  localize: LocalizeController;
  mentorName: string;
  /** The member's pending or accepted mentorship with this mentor, if any. */
  existing?: Mentorship;
  busy: boolean;
  error?: string;
  sent: boolean;
  onSubmit(event: SubmitEvent): void;
  onClose(): void;
}

/** The Connect button, or the state of an existing connection. */
export function renderConnectButton(localize: LocalizeController, existing: Mentorship | undefined, onOpen: () => void): TemplateResult {
  const s = localize.strings(connectStrings);
  if (existing?.status === 'accepted') return html`<span class="badge" part="connect-state">${s.connectActive}</span>`;
  if (existing?.status === 'pending') return html`<span class="badge" part="connect-state">${s.connectPending}</span>`;
  return html`<button class="button secondary" part="connect-button" type="button" aria-haspopup="dialog" @click=${onOpen}>${s.connect}</button>`;
}

/** The dialog's content: a message (≤ 1000 characters) and Send, or the confirmation once sent. */
export function renderConnectForm(ctx: ConnectContext): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const s = ctx.localize.strings(connectStrings);
  if (ctx.sent) {
    return html`<div class="state success" part="connect-sent" role="status" tabindex="-1">
      <p>${s.connectSent(ctx.mentorName)}</p>
      <button class="button secondary" type="button" @click=${ctx.onClose}>${t('close')}</button>
    </div>`;
  }
  return html`<form part="connect-form" @submit=${ctx.onSubmit} novalidate>
    <p class="muted">${s.connectIntro}</p>
    <div class="field">
      <label for="connect-message">${s.connectMessageLabel}</label>
      <textarea id="connect-message" name="message" rows="4" maxlength="1000"></textarea>
    </div>
    ${ctx.error ? html`<p class="field-error" role="alert">${ctx.error}</p>` : nothing}
    <div class="actions">
      <button class="button" part="connect-submit" type="submit" ?disabled=${ctx.busy}>${ctx.busy ? s.connectSending : s.connectSend}</button>
      <button class="button secondary" type="button" @click=${ctx.onClose}>${t('close')}</button>
    </div>
  </form>`;
}
