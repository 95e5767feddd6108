import type { FavoriteList } from '../../shared/favorites-controller.js';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { formatRate } from '../../shared/money.js';
import { renderEmpty } from '../../shared/states.js';
import { hubStrings } from './hub.strings.js';

/** "Saved mentors" (SPEC M6): each with a button that opens the mentor and one that unsaves. */
export function renderFavoritesList(
  localize: LocalizeController,
  items: FavoriteList['items'],
  onOpen: (mentorId: string) => void,
  onRemove: (mentorId: string) => void,
): TemplateResult {
  const s = localize.strings(hubStrings);
  if (items.length === 0) return renderEmpty(s.favoritesEmpty);
  return html`<ul class="mentors" part="favorites">
    ${items.map(
      (m) => html`<li class="mentor" data-mentor-id=${m.id}>
        <h3><button class="button link name" type="button" data-action="open" aria-label=${s.viewMentor(m.displayName)} @click=${() => onOpen(m.id)}>${m.displayName}</button></h3>
        ${m.jobTitle || m.company ? html`<p class="muted">${[m.jobTitle, m.company].filter(Boolean).join(' · ')}</p>` : ''}
        <p>${m.expertise.map((tag) => html`<span class="tag">${tag}</span>`)}</p>
        <p class="row"><span>${formatRate(localize, m.hourlyRate, m.currency)}</span>
          <button class="button secondary" type="button" data-action="remove" @click=${() => onRemove(m.id)}>
            ${s.favoriteUnsave}<span class="visually-hidden">${s.favoriteUnsaveWho(m.displayName)}</span></button></p>
      </li>`,
    )}
  </ul>`;
}
