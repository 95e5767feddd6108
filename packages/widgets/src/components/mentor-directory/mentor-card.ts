import type { MentorCard } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../base/safe-url.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { formatRate } from '../../shared/money.js';
import { renderRating } from '../../shared/rating.js';

/** What a card needs from its directory. */
export interface CardContext {
  localize: LocalizeController;
  apiBase?: string;
  /** The profile link of a mentor, when the host gave a `profile-href` template. */
  hrefFor(mentor: MentorCard): string | undefined;
  onSelect(event: Event, mentor: MentorCard): void;
  /** Saving mentors (SPEC M6), present when a member is signed in. */
  favorites?: { has(mentorId: string): boolean; toggle(mentor: MentorCard): void };
}

/**
 * The save toggle of a card or a profile: a pressed button whose visible text stays "Save" (the filled
 * star and pressed style show the state) and whose name says whom it saves.
 */
export function renderFavoriteButton(localize: LocalizeController, saved: boolean, name: string, onToggle: () => void): TemplateResult {
  const t = localize.t.bind(localize);
  return html`<button class="button secondary favorite" part="favorite-button" type="button" aria-pressed=${saved ? 'true' : 'false'} @click=${onToggle}>
    <span aria-hidden="true">${saved ? '★' : '☆'}</span> ${t('favoriteSave')}<span class="visually-hidden">${t('favoriteWho', name)}</span>
  </button>`;
}

/**
 * One directory card. Every mentor-provided value is a text binding (never HTML), and the photo is
 * shown only from an http(s) URL.
 */
export function renderMentorCard(ctx: CardContext, mentor: MentorCard): TemplateResult {
  const { localize } = ctx;
  const photo = safeHttpUrl(mentor.photoUrl, ctx.apiBase);
  const href = ctx.hrefFor(mentor);
  const headline = [mentor.jobTitle, mentor.company].filter(Boolean).join(' · ');
  const name = href
    ? html`<a part="card-link" class="card-link" href=${href} data-mentor-id=${mentor.id} @click=${(e: Event) => ctx.onSelect(e, mentor)}>${mentor.displayName}</a>`
    : html`<button part="card-link" class="card-link" type="button" data-mentor-id=${mentor.id} @click=${(e: Event) => ctx.onSelect(e, mentor)}>${mentor.displayName}</button>`;
  return html`<li class="card-item">
    <article part="card" class="card">
      <div class="card-top">
        ${
          photo
            ? html`<img part="card-photo" class="photo" src=${photo} alt="" width="56" height="56" loading="lazy" />`
            : html`<span part="card-photo" class="photo initials" aria-hidden="true">${mentor.displayName.trim().charAt(0).toUpperCase()}</span>`
        }
        <div class="who">
          <h3 class="name">${name}</h3>
          ${headline ? html`<p class="headline muted">${headline}</p>` : nothing}
        </div>
        ${ctx.favorites ? renderFavoriteButton(localize, ctx.favorites.has(mentor.id), mentor.displayName, () => ctx.favorites!.toggle(mentor)) : nothing}
      </div>
      <p class="bio">${mentor.bioExcerpt}</p>
      <p class="tags">${mentor.expertise.map((tag) => html`<span class="tag">${tag}</span>`)}</p>
      <p class="meta">
        <span class="rate" part="card-rate">${formatRate(localize, mentor.hourlyRate, mentor.currency)}</span>
        ${renderRating(localize, mentor.rating)}
      </p>
    </article>
  </li>`;
}
