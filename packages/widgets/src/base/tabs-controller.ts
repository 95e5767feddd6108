import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a tablist needs from its element. */
export interface TabsOptions<T extends string> {
  /** The tabs in their order (may change between renders, e.g. with the member's roles). */
  tabs(): readonly T[];
  /** The tab shown now. */
  selected(): T;
  /** Shows `tab` (sets the element's property; the controller moves focus when the keyboard asked). */
  select(tab: T): void;
  /** Prefix of each tab's id (`${idPrefix}${tab}`), unique within the shadow root. */
  idPrefix: string;
  /** The id of the tab panel the tabs control. */
  panelId: string;
}

/** How one tablist looks: its name, parts and each tab's content. */
export interface TablistView<T extends string> {
  /** The tablist's accessible name. */
  label?: string;
  /** The tablist's CSS part (`tabs`). */
  part?: string;
  /** Each tab's CSS part (`tab`). */
  tabPart?: string;
  /** What each tab shows. */
  content(tab: T): unknown;
  /** A tab's accessible name when its content does not say it all (e.g. an unread count). */
  ariaLabel?(tab: T): string | undefined;
}

/** The keys of the WAI-ARIA tabs pattern and where each moves, from the selected index. */
const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The ARIA tabs pattern written once (SPEC accessibility; STYLE 15): a roving tabindex (only the
 * selected tab is in the Tab order), ArrowLeft / ArrowRight (wrapping), Home and End select and focus a
 * tab, a click selects it; the panel is labelled by the selected tab. Every tablist of the widgets —
 * `<mentor-admin>`, `<mentor-employer>`, `<mentor-dashboard>`, `<mentor-hub>`, the role tabs of
 * `<mentor-session-list>` and the side panel of `<mentor-video-room>` — uses it, so they behave alike.
 *
 * @example
 * private readonly tabs = new TabsController(this, { tabs: () => TABS, selected: () => this.tab,
 *   select: (tab) => (this.tab = tab), idPrefix: 'admin-tab-', panelId: 'admin-panel' });
 * // in render(): ${this.tabs.render({ label, part: 'tabs', tabPart: 'tab', content: (tab) => names[tab] })}
 * //   <div id="admin-panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>…</div>
 */
export class TabsController<T extends string> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TabsOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The id of `tab`'s button. */
  tabId(tab: T): string {
    return `${this.options.idPrefix}${tab}`;
  }

  /** The id of the selected tab's button (the panel's `aria-labelledby`). */
  get selectedId(): string {
    return this.tabId(this.options.selected());
  }

  /** Shows `tab`; with `focus`, its button takes focus once rendered (keyboard use, links from elsewhere). */
  select(tab: T, focus = false): void {
    this.options.select(tab);
    if (focus) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(this.tabId(tab))?.focus());
  }

  /** Arrow keys, Home and End on the tablist. */
  readonly keydown = (event: KeyboardEvent): void => {
    const tabs = this.options.tabs();
    const move = moves[event.key];
    if (!move || tabs.length === 0) return;
    event.preventDefault();
    const index = Math.max(0, tabs.indexOf(this.options.selected()));
    const next = (move(index, tabs.length) + tabs.length) % tabs.length;
    this.select(tabs[next]!, true);
  };

  /** The tablist and its tabs; place the panel (`id` = `panelId`, `aria-labelledby` = `selectedId`) after it. */
  render(view: TablistView<T>): TemplateResult {
    const selected = this.options.selected();
    return html`<div role="tablist" part=${view.part ?? nothing} class="tabs" aria-label=${view.label ?? nothing} @keydown=${this.keydown}>
      ${this.options.tabs().map(
        (
          tab,
        ) => html`<button role="tab" part=${view.tabPart ?? nothing} id=${this.tabId(tab)} type="button" aria-controls=${this.options.panelId}
          aria-selected=${tab === selected ? 'true' : 'false'} tabindex=${tab === selected ? '0' : '-1'} aria-label=${view.ariaLabel?.(tab) ?? nothing}
          @click=${() => this.select(tab)}>${view.content(tab)}</button>`,
      )}
    </div>`;
  }
}
