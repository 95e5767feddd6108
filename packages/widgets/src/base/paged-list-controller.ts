import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { renderError } from '../shared/states.js';

/** One page of a cursor-paged list, as every `list…` operation of the SDK answers. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Reads the page after `cursor` (the first page when undefined) with the current query. */
export type PageReader<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<T>>;

/**
 * Cursor paging with "Load more", written once (STYLE 15): the items shown, the cursor of the next page,
 * the first-page and next-page states, and one abort signal so a newer search always wins over an older
 * answer. Used by `<mentor-directory>`, `<mentor-session-list>`, the admin's member roster and the
 * employer's member search. Elements whose first page carries more than items (facets, totals) read it
 * in their own `Task` and hand it over with `reset()`.
 *
 * @example
 * private readonly people = new PagedListController(this, (cursor, signal) =>
 *   this.client!.listInvitableMembers({ q: this.query, ...(cursor ? { cursor } : {}) }, { signal }));
 * // search: void this.people.reload();   render: ${this.people.items?.map(…)} ${this.people.render(this.localize)}
 */
export class PagedListController<T> implements ReactiveController {
  /** Next page's cursor; null when the last page is shown. */
  nextCursor: string | null = null;
  /** The first page is being read (`reload`). */
  loading = false;
  /** The next page is being read (`loadMore`). */
  loadingMore = false;
  /** Why the first page could not be read. */
  error?: unknown;
  /** Why the next page could not be read (shown above the button, which retries). */
  moreError?: unknown;
  private shown?: T[];
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly readPage: PageReader<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abortPending();
  }

  /** The items shown, every page read so far; undefined until the first page arrives. */
  get items(): T[] | undefined {
    return this.shown;
  }

  /** Replaces the items shown (a change made in place, e.g. one session updated). */
  set items(items: T[] | undefined) {
    this.shown = items;
    this.host.requestUpdate();
  }

  /** Stops the page being read (a new query is on its way). */
  abortPending(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    this.loadingMore = false;
  }

  /** Shows a first page read elsewhere (e.g. by a `Task` that also reads facets). */
  reset(page: CursorPage<T>): void {
    this.abortPending();
    this.show(page.items, page.nextCursor);
  }

  /** Reads the first page again for the current query (a search, a change, a retry). */
  async reload(): Promise<void> {
    this.error = undefined;
    await this.read(undefined);
  }

  /**
   * Appends the next page. Resolves to the index of its first item (to move focus there), or
   * undefined when nothing was added.
   */
  async loadMore(): Promise<number | undefined> {
    if (this.nextCursor === null || this.loadingMore) return undefined;
    this.moreError = undefined;
    const first = this.shown?.length ?? 0;
    return (await this.read(this.nextCursor)) && this.shown!.length > first ? first : undefined;
  }

  /**
   * The next-page error (with a retry) and the "Load more" button (part `load-more`), nothing on the
   * last page. `wrap` places the button (each list keeps its layout); `onMore` replaces the click
   * action (e.g. to move focus to the first new item after `loadMore()`).
   */
  render(
    localize: LocalizeController,
    options: { wrap?: (button: TemplateResult) => TemplateResult; onMore?: () => void } = {},
  ): TemplateResult {
    const t = localize.t.bind(localize);
    const more = options.onMore ?? (() => void this.loadMore());
    const button = html`<button class="button secondary load-more" part="load-more" type="button" ?disabled=${this.loadingMore} @click=${more}>
      ${this.loadingMore ? t('loadingMore') : t('loadMore')}</button>`;
    return html`${this.moreError ? renderError(localize, this.moreError, more) : nothing}${this.nextCursor !== null ? (options.wrap?.(button) ?? button) : nothing}`;
  }

  /** Reads the first page (no cursor) or the next one; false when it failed or a newer read replaced it. */
  private async read(cursor: string | undefined): Promise<boolean> {
    const signal = this.restart();
    if (cursor === undefined) this.loading = true;
    else this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await this.readPage(cursor, signal);
      if (signal.aborted) return false; // a newer query replaced this one
      this.show(cursor === undefined ? page.items : [...(this.shown ?? []), ...page.items], page.nextCursor);
      return true;
    } catch (error) {
      if (!signal.aborted) {
        if (cursor === undefined) this.error = error;
        else this.moreError = error;
      }
      return false;
    } finally {
      if (!signal.aborted) {
        this.abort = undefined;
        this.loading = this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }

  private show(items: T[], nextCursor: string | null): void {
    this.shown = items;
    this.nextCursor = nextCursor;
    this.moreError = undefined;
    this.host.requestUpdate();
  }

  /** Aborts whatever is being read (its flags with it) and starts a new read. */
  private restart(): AbortSignal {
    this.abortPending();
    this.abort = new AbortController();
    return this.abort.signal;
  }
}
