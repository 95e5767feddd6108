import { estimateCost } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { formatCost } from '../../shared/money.js';

/** What the topic/description form needs. */
export interface BookingFormContext {
  localize: LocalizeController;
  timeZone: string;
  selected?: string;
  durationMinutes: number;
  hourlyRate: number;
  currency: string;
  topic: string;
  description: string;
  busy: boolean;
  errors: Partial<Record<'topic' | 'description' | 'form', string>>;
  onSubmit(event: SubmitEvent): void;
  /** The member typed: a stale field error goes (defect 9). */
  onInput(): void;
}

/** The cost estimate (rate × duration) shown before sending (SPEC S1). */
export function costLabel(localize: LocalizeController, hourlyRate: number, currency: string, durationMinutes: number): string {
  return formatCost(localize, estimateCost(hourlyRate, currency, durationMinutes));
}

/** Topic, description, cost estimate and the send button. */
export function renderBookingForm(ctx: BookingFormContext): TemplateResult {
  const { localize, errors } = ctx;
  const t = localize.t.bind(localize);
  return html`<form part="form" @submit=${ctx.onSubmit} @input=${ctx.onInput} novalidate>
    <p part="selected" role="status" aria-live="polite">${ctx.selected ? t('selectedSlot', localize.dateTime(ctx.selected, ctx.timeZone)) : t('pickSlotFirst')}</p>
    <div class="field">
      <label for="topic">${t('topicLabel')} <span class="hint" id="topic-hint">${t('topicHint')}</span></label>
      <input id="topic" name="topic" part="input" required minlength="5" maxlength="200" .value=${ctx.topic}
        aria-describedby=${errors.topic ? 'topic-hint topic-error' : 'topic-hint'} aria-invalid=${errors.topic ? 'true' : 'false'} />
      ${errors.topic ? html`<p class="field-error" id="topic-error">${errors.topic}</p>` : nothing}
    </div>
    <div class="field">
      <label for="description">${t('descriptionLabel')}</label>
      <textarea id="description" name="description" part="input" rows="3" maxlength="2000" .value=${ctx.description}
        aria-invalid=${errors.description ? 'true' : 'false'} aria-describedby=${errors.description ? 'description-error' : nothing}></textarea>
      ${errors.description ? html`<p class="field-error" id="description-error">${errors.description}</p>` : nothing}
    </div>
    <p>${t('costLabel')}: <span class="cost" part="cost">${costLabel(localize, ctx.hourlyRate, ctx.currency, ctx.durationMinutes)}</span></p>
    ${errors.form ? html`<p class="field-error" role="alert">${errors.form}</p>` : nothing}
    <button class="button" part="submit" type="submit" ?disabled=${ctx.busy}>${ctx.busy ? t('sendingRequest') : t('sendRequest')}</button>
  </form>`;
}
