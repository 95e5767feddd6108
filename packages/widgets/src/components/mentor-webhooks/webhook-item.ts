import type { WebhookDelivery, WebhookEndpoint } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** What one endpoint card needs from the element. */
export interface WebhookItemContext {
  localize: LocalizeController;
  timeZone: string;
  busyId?: string;
  confirmingDeleteId?: string;
  /** The secret to show once, for the endpoint that was just created or rotated. */
  revealed?: { id: string; secret: string };
  openDeliveriesId?: string;
  deliveries?: WebhookDelivery[] | 'loading' | Error;
  onToggle(endpoint: WebhookEndpoint): void;
  onRotate(endpoint: WebhookEndpoint): void;
  onAskDelete(endpoint: WebhookEndpoint | undefined): void;
  onDelete(endpoint: WebhookEndpoint): void;
  onDeliveries(endpoint: WebhookEndpoint): void;
  onRedeliver(endpoint: WebhookEndpoint, delivery: WebhookDelivery): void;
  onCopy(input: HTMLInputElement): void;
  onHideSecret(): void;
}

function statusOf(ctx: WebhookItemContext, endpoint: WebhookEndpoint): { label: string; tone: string } {
  const t = ctx.localize.t.bind(ctx.localize);
  if (endpoint.enabled) return { label: t('webhookActive'), tone: 'ok' };
  if (endpoint.disabledReason === 'gone') return { label: t('webhookGone'), tone: 'bad' };
  if (endpoint.disabledReason === 'failing') return { label: t('webhookFailing'), tone: 'bad' };
  return { label: t('webhookPaused'), tone: 'warn' };
}

const deliveryLabels = {
  pending: 'webhookDeliveryPending',
  succeeded: 'webhookDeliverySucceeded',
  failed: 'webhookDeliveryFailed',
  cancelled: 'webhookDeliveryCancelled',
} as const;

function renderSecret(ctx: WebhookItemContext, endpoint: WebhookEndpoint, secret: string): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  return html`<div class="secret" part="secret">
    <p><strong>${t('webhookSecretTitle')}</strong> — ${t('webhookSecretOnce')}</p>
    <div class="secret-row">
      <input class="code" readonly .value=${secret} aria-label=${t('webhookSecretLabel', endpoint.url)} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button class="button secondary" type="button" part="copy-button"
        @click=${(e: Event) => ctx.onCopy((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement)}>${t('webhookCopy')}</button>
      <button class="button link" type="button" @click=${ctx.onHideSecret}>${t('webhookHideSecret')}</button>
    </div>
  </div>`;
}

function renderDeliveries(ctx: WebhookItemContext, endpoint: WebhookEndpoint): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const state = ctx.deliveries;
  const body =
    state === 'loading' || state === undefined
      ? html`<p class="muted" role="status">${t('loading')}</p>`
      : state instanceof Error
        ? html`<p class="field-error" role="alert">${state.message}</p>`
        : state.length === 0
          ? html`<p class="muted">${t('webhookDeliveriesEmpty')}</p>`
          : html`<ul class="deliveries" part="deliveries">${state.map(
              (d) => html`<li class="delivery" data-delivery-id=${d.id}>
                <div class="delivery-head">
                  <span class="code">${d.eventType}</span>
                  <span class="badge delivery-${d.status}" part="delivery-status">${t(deliveryLabels[d.status])}</span>
                </div>
                <p class="muted small">
                  ${ctx.localize.dateTime(d.createdAt, ctx.timeZone)} · ${t('webhookAttempts', d.attempts)}
                  ${d.responseStatus !== null ? html` · HTTP ${d.responseStatus}` : nothing}
                  ${d.nextAttemptAt && d.status === 'pending' ? html` · ${t('webhookNextAttempt', ctx.localize.dateTime(d.nextAttemptAt, ctx.timeZone))}` : nothing}
                </p>
                ${d.lastError && d.status !== 'succeeded' ? html`<p class="small error-text">${d.lastError}</p>` : nothing}
                <button class="button secondary small-button" type="button" data-action="redeliver" ?disabled=${!endpoint.enabled || ctx.busyId === d.id}
                  @click=${() => ctx.onRedeliver(endpoint, d)}>${t('webhookRedeliver')}</button>
              </li>`,
            )}</ul>`;
  return html`<section class="deliveries-panel" id="deliveries-${endpoint.id}" aria-label=${t('webhookDeliveriesFor', endpoint.url)}>${body}</section>`;
}

/** One endpoint: URL, status, events, its buttons, the secret once, and (on demand) its deliveries. */
export function renderWebhookItem(ctx: WebhookItemContext, endpoint: WebhookEndpoint): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const status = statusOf(ctx, endpoint);
  const busy = ctx.busyId === endpoint.id;
  const open = ctx.openDeliveriesId === endpoint.id;
  return html`<li class="endpoint">
    <article part="endpoint" data-webhook-id=${endpoint.id} tabindex="-1" aria-labelledby="url-${endpoint.id}">
      <div class="endpoint-head">
        <h4 class="url code" id="url-${endpoint.id}">${endpoint.url}</h4>
        <span class="badge tone-${status.tone}" part="status-badge">${status.label}</span>
      </div>
      ${endpoint.description ? html`<p class="description">${endpoint.description}</p>` : nothing}
      <p class="muted small events-line">${endpoint.events.includes('*') ? t('webhookAllEventsShort') : endpoint.events.join(', ')}</p>
      ${endpoint.failingSince && endpoint.enabled ? html`<p class="small error-text">${t('webhookFailingSince', ctx.localize.dateTime(endpoint.failingSince, ctx.timeZone))}</p>` : nothing}
      ${ctx.revealed?.id === endpoint.id ? renderSecret(ctx, endpoint, ctx.revealed.secret) : nothing}
      ${ctx.confirmingDeleteId === endpoint.id
        ? html`<div class="actions confirm" part="actions" role="group" aria-label=${t('webhookDeleteConfirm')}>
            <p class="confirm-text">${t('webhookDeleteConfirm')}</p>
            <button class="button danger" type="button" data-action="delete-yes" ?disabled=${busy} @click=${() => ctx.onDelete(endpoint)}>${t('webhookDeleteYes')}</button>
            <button class="button secondary" type="button" data-action="delete-no" @click=${() => ctx.onAskDelete(undefined)}>${t('webhookKeep')}</button>
          </div>`
        : html`<div class="actions" part="actions">
            <button class="button secondary" type="button" data-action="toggle" ?disabled=${busy} @click=${() => ctx.onToggle(endpoint)}>
              ${endpoint.enabled ? t('webhookPause') : t('webhookEnable')}</button>
            <button class="button secondary" type="button" data-action="rotate" ?disabled=${busy} @click=${() => ctx.onRotate(endpoint)}>${t('webhookRotate')}</button>
            <button class="button secondary" type="button" data-action="deliveries" aria-expanded=${open ? 'true' : 'false'} aria-controls="deliveries-${endpoint.id}"
              @click=${() => ctx.onDeliveries(endpoint)}>${t('webhookDeliveries')}</button>
            <button class="button secondary danger-text" type="button" data-action="delete" ?disabled=${busy} @click=${() => ctx.onAskDelete(endpoint)}>${t('webhookDelete')}</button>
          </div>`}
      ${open ? renderDeliveries(ctx, endpoint) : nothing}
    </article>
  </li>`;
}
