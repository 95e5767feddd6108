import type { MentorCard, MentorDirectoryPage } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MentorFavoriteChangeEvent, MentorMentorSelectEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { PagedListController } from '../../base/paged-list-controller.js';
import { fillTemplate } from '../../base/safe-url.js';
import type { FavoritesController } from '../../shared/favorites-controller.js';
import { renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { emptyFilters, renderDirectoryFilters, type DirectoryFilters } from './directory-filters.js';
import { renderMentorCard } from './mentor-card.js';
import { directoryStyles } from './mentor-directory.styles.js';

type DirectoryQuery = NonNullable<Parameters<MentorKitClient['listMentors']>[0]>;

/**
 * @tagname mentor-directory
 * @summary The mentor directory: search, filters with facet counts, sorting and "load more" (SPEC M4).
 *
 * @fires mentor-favorite-change - A signed-in member saved or unsaved a mentor; `detail.mentorId`, `detail.saved`.
 * @fires mentor-mentor-select - A mentor card was chosen; `detail.mentorId`, `detail.mentor`. Cancelable:
 *   with `profile-href`, `preventDefault()` keeps the link from navigating.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart filters - The filter controls.
 * @csspart filters-toggle - Shows or hides the filters on a narrow screen.
 * @csspart results - The list of mentor cards.
 * @csspart card - One mentor card.
 * @csspart card-photo - A card's photo (or initial).
 * @csspart card-link - A card's name link or button.
 * @csspart card-rate - A card's hourly rate.
 * @csspart favorite-button - A card's Save toggle (signed-in members only).
 * @csspart rating - A card's rating.
 * @csspart load-more - The "Load more" button.
 * @csspart loading - The loading state.
 * @csspart empty - The no-results state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Links, buttons and initials.
 * @cssprop --mentor-surface - Card background.
 * @cssprop --mentor-border - Card and input borders.
 * @cssprop --mentor-radius - Corner radius.
 * @cssprop --mentor-spacing - Gap between cards.
 */
export class MentorDirectory extends MentorElement {
  static override styles = [sharedStyles, directoryStyles];

  /** Profile link template such as `/mentor.html?id={id}`; cards become links to it. */
  @property({ attribute: 'profile-href' }) profileHref?: string;
  /** Mentors per page (1–50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;
  /** Initial search text. */
  @property() q = '';
  /** Initial expertise filter. */
  @property() expertise = '';
  /** Initial language filter (ISO code, e.g. `es`). */
  @property() language = '';

  @state() private filters: DirectoryFilters = emptyFilters;
  /** On a narrow screen the filters fold away so the first mentor is on the first screen. */
  @state() private filtersOpen = false;
  private initialized = false;
  /** Saved mentors; loaded only once a member is signed in (visitors never download it). */
  private favorites?: FavoritesController;

  /** The cards shown: the first page (read with its facets by `page`) and every page loaded after it. */
  private readonly results = new PagedListController<MentorCard>(this, (cursor, signal) =>
    this.client!.listMentors({ ...this.query(), ...(cursor ? { cursor } : {}) }, { signal }),
  );

  private readonly page = new Task(this, {
    args: () => [this.client, JSON.stringify(this.query())] as const,
    task: async ([client, query], { signal }): Promise<MentorDirectoryPage> => {
      this.results.abortPending();
      if (!client) throw new Error('not configured');
      const page = await client.listMentors(JSON.parse(query), { signal });
      this.results.reset(page);
      return page;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initialized) {
      this.initialized = true;
      this.filters = { ...emptyFilters, q: this.q, expertise: this.expertise, language: this.language };
    }
  }

  /** The API query for the current filters. */
  private query(): DirectoryQuery {
    const f = this.filters;
    const query: DirectoryQuery = { sort: f.sort, limit: String(Math.min(50, Math.max(1, this.pageSize))) };
    if (f.q) query.q = f.q;
    if (f.expertise) query.expertise = f.expertise;
    if (f.language) query.language = f.language;
    if (f.freeOnly) query.freeOnly = 'true';
    else if (f.maxRate !== '' && Number(f.maxRate) >= 0) {
      query.maxRate = f.maxRate;
      query.currency = f.currency;
    }
    return query;
  }

  /** Loads the next page and moves focus to its first card, so keyboard users continue where they were. */
  private async loadMore(): Promise<void> {
    const first = await this.results.loadMore();
    if (first === undefined) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.card-link')[first]?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.auth.user && !this.favorites) {
      void import('../../shared/favorites-controller.js').then(({ FavoritesController }) => {
        this.favorites ??= new FavoritesController(
          this,
          () => this.client,
          () => Boolean(this.auth.user),
        );
        this.requestUpdate();
      });
    }
  }

  private async toggleFavorite(mentorId: string): Promise<void> {
    if (!this.favorites) return;
    try {
      const saved = await this.favorites.toggle(mentorId);
      this.emit(new MentorFavoriteChangeEvent({ mentorId, saved }));
    } catch (error) {
      this.results.moreError = error;
      this.requestUpdate();
    }
  }

  private select(event: Event, mentor: MentorCard): void {
    const proceed = this.emit(new MentorMentorSelectEvent({ mentorId: mentor.id, mentor }));
    if (!proceed) event.preventDefault();
  }

  private renderResults(page: MentorDirectoryPage, busy: boolean): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const items = this.results.items ?? page.items;
    const cardContext = {
      localize: this.localize,
      apiBase: this.config.apiBase,
      hrefFor: (m: MentorCard) => (this.profileHref ? fillTemplate(this.profileHref, { id: m.id }) : undefined),
      onSelect: (e: Event, m: MentorCard) => this.select(e, m),
      favorites:
        this.auth.user && this.favorites
          ? { has: (id: string) => this.favorites!.has(id), toggle: (m: MentorCard) => void this.toggleFavorite(m.id) }
          : undefined,
    };
    if (items.length === 0) {
      return renderEmpty(
        t('noMentors'),
        html`<button class="button secondary" type="button" @click=${() => (this.filters = { ...emptyFilters })}>${t('clearFilters')}</button>`,
      );
    }
    return html`<ul part="results" class="results" aria-label=${t('resultsLabel')} aria-busy=${busy ? 'true' : 'false'}>
        ${items.map((mentor) => renderMentorCard(cardContext, mentor))}
      </ul>
      ${this.results.render(this.localize, { wrap: (button) => html`<div class="more">${button}</div>`, onMore: () => void this.loadMore() })}`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const page = this.page.value;
    const pending = this.page.status === TaskStatus.PENDING || this.page.status === TaskStatus.INITIAL;
    const failed = this.page.status === TaskStatus.ERROR;
    return html`<section part="base" aria-label=${t('directoryLabel')}>
      ${renderDirectoryFilters({
        localize: this.localize,
        filters: this.filters,
        facets: page?.facets ?? { expertise: [], languages: [] },
        onSearch: (q) => (this.filters = { ...this.filters, q }),
        onChange: (patch) => (this.filters = { ...this.filters, ...patch }),
        open: this.filtersOpen,
        onToggle: () => (this.filtersOpen = !this.filtersOpen),
      })}
      <p class="summary" role="status" aria-live="polite">${page && !pending ? t('resultsCount', page.total) : pending ? t('loading') : ''}</p>
      ${
        failed
          ? renderError(this.localize, this.page.error, () => this.page.run())
          : page
            ? this.renderResults(page, pending)
            : renderLoading(this.localize)
      }
    </section>`;
  }
}
