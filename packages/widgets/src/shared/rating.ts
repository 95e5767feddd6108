import type { RatingSummary } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** "★ 4.8 (12 reviews)" with a full sentence for screen readers; "No ratings yet" before the first. */
export function renderRating(localize: LocalizeController, rating: RatingSummary): TemplateResult {
  if (rating.average === null || rating.count === 0)
    return html`<span class="rating muted" part="rating">${localize.t('noRatings')}</span>`;
  const label = localize.t('rating', localize.number(rating.average), rating.count);
  return html`<span class="rating" part="rating"><span aria-hidden="true">★ ${localize.number(rating.average)} (${rating.count})</span><span class="visually-hidden">${label}</span></span>`;
}
