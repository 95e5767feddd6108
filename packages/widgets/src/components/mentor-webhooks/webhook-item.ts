import type { WebhookDelivery, WebhookEndpoint } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { WebhooksStrings } from './webhooks.strings.js';

/** What one endpoint card needs from the element. */
export interface WebhookItemContext {
  localize: LocalizeController;
  s: WebhooksStrings;
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
  const { s } = ctx;
  if (endpoint.enabled) return { label: s.active, tone: 'ok' };
  if (endpoint.disabledReason === 'gone') return { label: s.gone, tone: 'bad' };
  if (endpoint.disabledReason === 'failing') return { label: s.failing, tone: 'bad' };
  return { label: s.paused, tone: 'warn' };
}

const deliveryLabels = {
  pending: 'deliveryPending',
  succeeded: 'deliverySucceeded',
  failed: 'deliveryFailed',
  cancelled: 'deliveryCancelled',
} as const;

function renderSecret(ctx: WebhookItemContext, endpoint: WebhookEndpoint, secret: string): TemplateResult {
  const { s } = ctx;
  return html`<div class="secret" part="secret">
    <p><strong>${s.secretTitle}</strong> — ${s.secretOnce}</p>
    <div class="secret-row">
      <input class="code" readonly .value=${secret} aria-label=${s.secretLabel(endpoint.url)} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button class="button secondary" type="button" part="copy-button"
        @click=${(e: Event) => ctx.onCopy((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement)}>${s.copy}</button>
      <button class="button link" type="button" @click=${ctx.onHideSecret}>${s.hideSecret}</button>
    </div>
  </div>`;
}

function renderDeliveries(ctx: WebhookItemContext, endpoint: WebhookEndpoint): TemplateResult {
  const { s } = ctx;
  const state = ctx.deliveries;
  const body =
    state === 'loading' || state === undefined
      ? html`<p class="muted" role="status">${ctx.localize.t('loading')}</p>`
      : state instanceof Error
        ? html`<p class="field-error" role="alert">${state.message}</p>`
        : state.length === 0
          ? html`<p class="muted">${s.deliveriesEmpty}</p>`
          : html`<ul class="deliveries" part="deliveries">${state.map(
              (d) => html`<li class="delivery" data-delivery-id=${d.id}>
                <div class="delivery-head">
                  <span class="code">${d.eventType}</span>
                  <span class="badge delivery-${d.status}" part="delivery-status">${s[deliveryLabels[d.status]]}</span>
                </div>
                <p class="muted small">
                  ${ctx.localize.dateTime(d.createdAt, ctx.timeZone)} · ${s.attempts(d.attempts)}
                  ${d.responseStatus !== null ? html` · HTTP ${d.responseStatus}` : nothing}
                  ${d.nextAttemptAt && d.status === 'pending' ? html` · ${s.nextAttempt(ctx.localize.dateTime(d.nextAttemptAt, ctx.timeZone))}` : nothing}
                </p>
                ${d.lastError && d.status !== 'succeeded' ? html`<p class="small error-text">${d.lastError}</p>` : nothing}
                <button class="button secondary small-button" type="button" data-action="redeliver" ?disabled=${!endpoint.enabled || ctx.busyId === d.id}
                  @click=${() => ctx.onRedeliver(endpoint, d)}>${s.redeliver}</button>
              </li>`,
            )}</ul>`;
  return html`<section class="deliveries-panel" id="deliveries-${endpoint.id}" aria-label=${s.deliveriesFor(endpoint.url)}>${body}</section>`;
}

/** One endpoint: URL, status, events, its buttons, the secret once, and (on demand) its deliveries. */
export function renderWebhookItem(ctx: WebhookItemContext, endpoint: WebhookEndpoint): TemplateResult {
  const { s } = ctx;
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
      <p class="muted small events-line">${endpoint.events.includes('*') ? s.allEventsShort : endpoint.events.join(', ')}</p>
      ${endpoint.failingSince && endpoint.enabled ? html`<p class="small error-text">${s.failingSince(ctx.localize.dateTime(endpoint.failingSince, ctx.timeZone))}</p>` : nothing}
      ${ctx.revealed?.id === endpoint.id ? renderSecret(ctx, endpoint, ctx.revealed.secret) : nothing}
      ${
        ctx.confirmingDeleteId === endpoint.id
          ? html`<div class="actions confirm" part="actions" role="group" aria-label=${s.deleteConfirm}>
            <p class="confirm-text">${s.deleteConfirm}</p>
            <button class="button danger" type="button" data-action="delete-yes" ?disabled=${busy} @click=${() => ctx.onDelete(endpoint)}>${s.deleteYes}</button>
            <button class="button secondary" type="button" data-action="delete-no" @click=${() => ctx.onAskDelete(undefined)}>${s.keep}</button>
          </div>`
          : html`<div class="actions" part="actions">
            <button class="button secondary" type="button" data-action="toggle" ?disabled=${busy} @click=${() => ctx.onToggle(endpoint)}>
              ${endpoint.enabled ? s.pause : s.enable}</button>
            <button class="button secondary" type="button" data-action="rotate" ?disabled=${busy} @click=${() => ctx.onRotate(endpoint)}>${s.rotate}</button>
            <button class="button secondary" type="button" data-action="deliveries" aria-expanded=${open ? 'true' : 'false'} aria-controls="deliveries-${endpoint.id}"
              @click=${() => ctx.onDeliveries(endpoint)}>${s.deliveries}</button>
            <button class="button secondary danger-text" type="button" data-action="delete" ?disabled=${busy} @click=${() => ctx.onAskDelete(endpoint)}>${s.delete}</button>
          </div>`
      }
      ${open ? renderDeliveries(ctx, endpoint) : nothing}
    </article>
  </li>`;
}
