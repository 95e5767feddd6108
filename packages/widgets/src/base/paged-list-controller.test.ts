import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { seriousA11yViolations } from '../testing/a11y.js';
import { PagedListController, type CursorPage } from './paged-list-controller.js';

/** Five numbers in pages of two, read from memory; `failNext` makes the next read fail, `hold` keeps it waiting. */
class PagedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  failNext = false;
  query = '';
  readonly held: { resolve: () => void; cursor?: string; query: string }[] = [];
  hold = false;
  readonly list = new PagedListController<string>(this, async (cursor, signal) => {
    const query = this.query;
    if (this.hold) await new Promise<void>((resolve) => this.held.push({ resolve, cursor, query }));
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the page could not be read');
    }
    const start = Number(cursor ?? 0);
    const all = ['1', '2', '3', '4', '5'].map((n) => `${query}${n}`);
    return {
      items: all.slice(start, start + 2),
      nextCursor: start + 2 < all.length ? String(start + 2) : null,
    } satisfies CursorPage<string>;
  });

  protected override render() {
    return html`<ul>${this.list.items?.map((item) => html`<li>${item}</li>`)}</ul>${this.list.render(this.localize)}`;
  }
}
customElements.define('paged-probe', PagedProbe);

const shown = (el: PagedProbe) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const button = (el: PagedProbe) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]');

describe('PagedListController (cursor paging with "Load more")', () => {
  it('reads the first page, appends the next ones, and drops the button on the last page', async () => {
    const el = await fixture<PagedProbe>(html`<paged-probe></paged-probe>`);
    await el.list.reload();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['1', '2']);
    expect(button(el)!.textContent!.trim()).to.equal('Load more');
    expect(await el.list.loadMore()).to.equal(2);
    await el.list.loadMore();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(button(el)).to.equal(null);
    expect(await el.list.loadMore()).to.equal(undefined);
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
  });

  it('shows a next-page failure with a retry and keeps what is shown', async () => {
    const el = await fixture<PagedProbe>(html`<paged-probe></paged-probe>`);
    await el.list.reload();
    el.failNext = true;
    button(el)!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['1', '2']);
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b !== button(el))!;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('Something went wrong');
    retry.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['1', '2', '3', '4']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('lets a newer search win over an older answer that arrives later', async () => {
    const el = await fixture<PagedProbe>(html`<paged-probe></paged-probe>`);
    el.hold = true;
    el.query = 'old-';
    const older = el.list.reload();
    el.query = 'new-';
    const newer = el.list.reload();
    expect(el.held.map((h) => h.query)).to.deep.equal(['old-', 'new-']);
    el.held[1]!.resolve();
    await newer;
    el.held[0]!.resolve();
    await older;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['new-1', 'new-2']);
    expect(el.list.loading).to.equal(false);
    expect(el.list.error).to.equal(undefined);
  });

  it('disables the button while the next page is read', async () => {
    const el = await fixture<PagedProbe>(html`<paged-probe></paged-probe>`);
    await el.list.reload();
    el.hold = true;
    const more = el.list.loadMore();
    await el.updateComplete;
    expect(button(el)!.disabled).to.equal(true);
    expect(button(el)!.textContent!.trim()).to.equal('Loading more…');
    el.held[0]!.resolve();
    await more;
    await el.updateComplete;
    expect(button(el)!.disabled).to.equal(false);
  });
});
