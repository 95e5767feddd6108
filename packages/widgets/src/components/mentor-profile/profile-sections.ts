import type { MentorPage } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../base/safe-url.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

type Mentor = MentorPage['mentor'];
const linkLabels = { linkedin: 'linkLinkedin', github: 'linkGithub', x: 'linkX', website: 'linkWebsite' } as const;

/** About, expertise, languages, goals and links. Mentor text is bound as text; links only when http(s). */
export function renderAbout(localize: LocalizeController, mentor: Mentor): TemplateResult {
  const t = localize.t.bind(localize);
  const links = (Object.keys(linkLabels) as (keyof typeof linkLabels)[])
    .map((key) => ({ key, href: safeHttpUrl(mentor.links[key]) }))
    .filter((link): link is { key: keyof typeof linkLabels; href: string } => Boolean(link.href));
  return html`<section part="about" aria-labelledby="about-h">
      <h3 id="about-h">${t('aboutHeading')}</h3>
      <p class="bio">${mentor.bio}</p>
    </section>
    <section aria-labelledby="expertise-h">
      <h3 id="expertise-h">${t('expertiseHeading')}</h3>
      <p>${mentor.expertise.map((tag) => html`<span class="tag">${tag}</span>`)}</p>
    </section>
    <section aria-labelledby="languages-h">
      <h3 id="languages-h">${t('languagesHeading')}</h3>
      <p>${mentor.languages.map((code) => localize.languageName(code)).join(', ')}</p>
    </section>
    ${
      mentor.mentoringGoals
        ? html`<section aria-labelledby="goals-h"><h3 id="goals-h">${t('goalsHeading')}</h3><p class="bio">${mentor.mentoringGoals}</p></section>`
        : nothing
    }
    ${
      links.length
        ? html`<section aria-labelledby="links-h">
          <h3 id="links-h">${t('linksHeading')}</h3>
          <ul>
            ${links.map((l) => html`<li><a part="link" href=${l.href} target="_blank" rel="noopener noreferrer nofollow">${t(linkLabels[l.key])}</a></li>`)}
          </ul>
        </section>`
        : nothing
    }`;
}

/** The most recent reviews with stars, text and who wrote them. */
export function renderReviews(localize: LocalizeController, reviews: MentorPage['recentReviews'], timeZone: string): TemplateResult {
  const t = localize.t.bind(localize);
  return html`<section part="reviews" aria-labelledby="reviews-h">
    <h3 id="reviews-h">${t('reviewsHeading')}</h3>
    ${
      reviews.length === 0
        ? html`<p class="muted">${t('noReviews')}</p>`
        : html`<ul class="reviews">
          ${reviews.map(
            (r) => html`<li>
              <span role="img" aria-label=${t('stars', r.rating)}>${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)}</span>
              ${r.review ? html`<p class="review-text">${r.review}</p>` : nothing}
              <p class="muted">${t('reviewBy', r.menteeName)} · ${localize.dateTime(r.createdAt, timeZone, { year: 'numeric', month: 'short', day: 'numeric' })}</p>
            </li>`,
          )}
        </ul>`
    }
  </section>`;
}

/** The next open start times in the viewer's zone, each a button that books it. */
export function renderNextSlots(
  localize: LocalizeController,
  slots: string[],
  timeZone: string,
  onPick: (start: string) => void,
): TemplateResult {
  const t = localize.t.bind(localize);
  return html`<section part="next-slots" aria-labelledby="slots-h">
    <h3 id="slots-h">${t('nextSlotsHeading')}</h3>
    <p class="muted">${t('timesShownIn', localize.zoneLabel(timeZone))}</p>
    ${
      slots.length === 0
        ? html`<p class="muted">${t('noSlots')}</p>`
        : html`<ul class="slots">
          ${slots.map(
            (
              start,
            ) => html`<li><button class="button secondary" part="slot-button" type="button" data-start=${start} @click=${() => onPick(start)}>
              ${localize.dateTime(start, timeZone)}
            </button></li>`,
          )}
        </ul>`
    }
  </section>`;
}
