import type { FacetCount, MentorSort } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** The directory's search and filter state (what the host can also prefill by attributes). */
export interface DirectoryFilters {
  q: string;
  expertise: string;
  language: string;
  freeOnly: boolean;
  maxRate: string;
  /** The currency `maxRate` is in (rates in other currencies are not comparable). */
  currency: string;
  sort: MentorSort;
}

export const emptyFilters: DirectoryFilters = {
  q: '',
  expertise: '',
  language: '',
  freeOnly: false,
  maxRate: '',
  currency: 'USD',
  sort: 'relevance',
};

/** Currencies offered next to the rate cap: the page's own first, then common ones. */
const rateCurrencies = ['USD', 'EUR', 'GBP', 'BRL', 'MXN', 'CAD', 'AUD', 'INR', 'JPY'];

/** What the filter form needs from its directory. */
export interface FiltersContext {
  localize: LocalizeController;
  filters: DirectoryFilters;
  facets: { expertise: FacetCount[]; languages: FacetCount[] };
  onSearch(q: string): void;
  onChange(patch: Partial<DirectoryFilters>): void;
  /** Whether the filters are shown on a narrow screen (they fold away so results come first). */
  open: boolean;
  onToggle(): void;
}

/** Facet options; a chosen value stays listed even when the current result has none of it. */
function facetOptions(
  localize: LocalizeController,
  facets: FacetCount[],
  selected: string,
  label: (value: string) => string,
): TemplateResult[] {
  const values = facets.some((f) => f.value === selected) || !selected ? facets : [{ value: selected, count: 0 }, ...facets];
  return values.map(
    (f) => html`<option value=${f.value} ?selected=${f.value === selected}>${localize.t('facetOption', label(f.value), f.count)}</option>`,
  );
}

/** Search box, facet filters, free-only, max rate and sort. */
export function renderDirectoryFilters(ctx: FiltersContext): TemplateResult {
  const { localize, filters } = ctx;
  const t = localize.t.bind(localize);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    ctx.onSearch((form.elements.namedItem('q') as HTMLInputElement).value.trim());
  };
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<form part="search" class="search" role="search" @submit=${submit}>
      <label for="q" class="visually-hidden">${t('searchLabel')}</label>
      <input id="q" name="q" type="search" part="search-input" .value=${filters.q} placeholder=${t('searchPlaceholder')} autocomplete="off" />
      <button class="button" part="search-button" type="submit">${t('search')}</button>
    </form>
    <button class="button secondary filters-toggle" part="filters-toggle" type="button" aria-expanded=${ctx.open ? 'true' : 'false'} aria-controls="filters"
      @click=${ctx.onToggle}>${t('showFilters')}</button>
    <fieldset part="filters" id="filters" class="filters ${ctx.open ? 'open' : ''}">
      <legend class="visually-hidden">${t('filtersLabel')}</legend>
      <div class="field">
        <label for="expertise">${t('expertiseLabel')}</label>
        <!-- Every tag is reachable: suggestions from the facets, and any typed tag filters (defect 4). -->
        <input id="expertise" type="search" list="expertise-options" autocomplete="off" placeholder=${t('expertisePlaceholder')} .value=${filters.expertise}
          @change=${(e: Event) => ctx.onChange({ expertise: value(e).trim() })} />
        <datalist id="expertise-options">
          ${ctx.facets.expertise.map((f) => html`<option value=${f.value} label=${localize.t('facetOption', f.value, f.count)}></option>`)}
        </datalist>
      </div>
      <div class="field">
        <label for="language">${t('languageLabel')}</label>
        <select id="language" @change=${(e: Event) => ctx.onChange({ language: value(e) })}>
          <option value="" ?selected=${!filters.language}>${t('anyOption')}</option>
          ${facetOptions(localize, ctx.facets.languages, filters.language, (v) => localize.languageName(v))}
        </select>
      </div>
      <div class="field">
        <label for="max-rate">${t('maxRateLabel')}</label>
        <div class="rate-row">
          <input id="max-rate" type="number" min="0" step="1" inputmode="numeric" .value=${filters.maxRate} ?disabled=${filters.freeOnly}
            aria-describedby="max-rate-hint" @change=${(e: Event) => ctx.onChange({ maxRate: value(e) })} />
          <select id="rate-currency" aria-label=${t('rateCurrencyLabel')} ?disabled=${filters.freeOnly} @change=${(e: Event) => ctx.onChange({ currency: value(e) })}>
            ${[...new Set([filters.currency, ...rateCurrencies])].map((c) => html`<option value=${c} ?selected=${c === filters.currency}>${c}</option>`)}
          </select>
        </div>
        <p class="visually-hidden" id="max-rate-hint">${t('maxRateIn', filters.currency)}</p>
      </div>
      <div class="field">
        <label for="sort">${t('sortLabel')}</label>
        <select id="sort" @change=${(e: Event) => ctx.onChange({ sort: value(e) as MentorSort })}>
          ${(['relevance', 'rating', 'sessions', 'newest'] as const).map(
            (sort) =>
              html`<option value=${sort} ?selected=${filters.sort === sort}>${t(`sort${sort[0]!.toUpperCase()}${sort.slice(1)}` as 'sortRating')}</option>`,
          )}
        </select>
      </div>
      <div class="field checkbox">
        <input id="free-only" type="checkbox" .checked=${filters.freeOnly} @change=${(e: Event) => ctx.onChange({ freeOnly: (e.target as HTMLInputElement).checked })} />
        <label for="free-only">${t('freeOnlyLabel')}</label>
      </div>
    </fieldset>`;
}
