import { webhookEventTypes, type WebhookEventType } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WebhooksStrings } from './webhooks.strings.js';

export interface WebhookFormState {
  allEvents: boolean;
  busy: boolean;
  urlError?: string;
  eventsError?: string;
}

/** What the form holds, checked the way the service checks it (https only), or a field error. */
export function readWebhookForm(
  s: WebhooksStrings,
  form: HTMLFormElement,
):
  | { ok: true; input: { url: string; events: ('*' | WebhookEventType)[]; description?: string } }
  | { ok: false; field: 'url' | 'events'; message: string } {
  const data = new FormData(form);
  const url = String(data.get('url') ?? '').trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== 'https:') return { ok: false, field: 'url', message: s.urlInvalid };
  const all = data.get('all-events') !== null;
  const events = all ? (['*'] as const) : (data.getAll('event').map(String) as WebhookEventType[]);
  if (events.length === 0) return { ok: false, field: 'events', message: s.eventsRequired };
  const description = String(data.get('description') ?? '').trim();
  return { ok: true, input: { url, events: [...events], ...(description ? { description } : {}) } };
}

/** The "Add an endpoint" form: URL, description, and all events or a chosen few. */
export function renderWebhookForm(
  s: WebhooksStrings,
  state: WebhookFormState,
  handlers: { onSubmit: (event: SubmitEvent) => void; onAllEvents: (all: boolean) => void },
): TemplateResult {
  return html`<form class="add" part="form" novalidate @submit=${handlers.onSubmit} aria-labelledby="add-title">
    <h3 id="add-title">${s.addTitle}</h3>
    <div class="field">
      <label for="webhook-url">${s.urlLabel} <span class="hint">${s.urlHint}</span></label>
      <input id="webhook-url" name="url" type="url" inputmode="url" autocomplete="off" placeholder="https://" required
        aria-invalid=${state.urlError ? 'true' : 'false'} aria-describedby=${state.urlError ? 'webhook-url-error' : nothing} />
      ${state.urlError ? html`<p id="webhook-url-error" class="field-error">${state.urlError}</p>` : nothing}
    </div>
    <div class="field">
      <label for="webhook-description">${s.descriptionLabel}</label>
      <input id="webhook-description" name="description" maxlength="500" autocomplete="off" />
    </div>
    <fieldset class="field events" aria-describedby=${state.eventsError ? 'webhook-events-error' : nothing}>
      <legend>${s.eventsLabel}</legend>
      <label class="check"><input type="checkbox" name="all-events" .checked=${state.allEvents}
        @change=${(e: Event) => handlers.onAllEvents((e.target as HTMLInputElement).checked)} /> ${s.allEvents}</label>
      ${
        state.allEvents
          ? nothing
          : html`<div class="event-grid">${webhookEventTypes.map(
              (type) => html`<label class="check code"><input type="checkbox" name="event" value=${type} /> ${type}</label>`,
            )}</div>`
      }
      ${state.eventsError ? html`<p id="webhook-events-error" class="field-error">${state.eventsError}</p>` : nothing}
    </fieldset>
    <button class="button" type="submit" part="add-button" ?disabled=${state.busy}>${state.busy ? s.adding : s.add}</button>
  </form>`;
}
