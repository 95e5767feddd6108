import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { seriousA11yViolations } from '../testing/a11y.js';
import { TabsController } from './tabs-controller.js';

type Fruit = 'apple' | 'pear' | 'plum';

/** The smallest element with a tablist: what every MentorKit tablist does, without a service. */
class TabsProbe extends LitElement {
  @property({ reflect: true }) tab: Fruit = 'apple';
  fruits: Fruit[] = ['apple', 'pear', 'plum'];
  readonly tabs = new TabsController<Fruit>(this, {
    tabs: () => this.fruits,
    selected: () => this.tab,
    select: (tab) => (this.tab = tab),
    idPrefix: 'probe-tab-',
    panelId: 'probe-panel',
  });

  protected override render() {
    return html`${this.tabs.render({ label: 'Fruit', part: 'tabs', tabPart: 'tab', content: (tab) => tab.toUpperCase(), ariaLabel: (tab) => (tab === 'plum' ? 'PLUM (3 new)' : undefined) })}
      <div id="probe-panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>${this.tab}</div>`;
  }
}
customElements.define('tabs-probe', TabsProbe);

const tabs = (el: TabsProbe) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const focusedId = (el: TabsProbe) => el.shadowRoot!.activeElement?.id;

describe('TabsController (the ARIA tabs pattern of every tablist)', () => {
  it('renders a labelled tablist with a roving tabindex and a panel labelled by the selected tab', async () => {
    const el = await fixture<TabsProbe>(html`<tabs-probe></tabs-probe>`);
    const list = el.shadowRoot!.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Fruit');
    expect(list.getAttribute('part')).to.equal('tabs');
    expect(
      tabs(el).map((t) => [t.id, t.getAttribute('aria-selected'), t.getAttribute('tabindex'), t.getAttribute('aria-controls')]),
    ).to.deep.equal([
      ['probe-tab-apple', 'true', '0', 'probe-panel'],
      ['probe-tab-pear', 'false', '-1', 'probe-panel'],
      ['probe-tab-plum', 'false', '-1', 'probe-panel'],
    ]);
    expect(tabs(el).map((t) => t.getAttribute('aria-label'))).to.deep.equal([null, null, 'PLUM (3 new)']);
    expect(el.shadowRoot!.getElementById('probe-panel')!.getAttribute('aria-labelledby')).to.equal('probe-tab-apple');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
  });

  it('moves selection and focus with ArrowRight / ArrowLeft (wrapping), Home and End', async () => {
    const el = await fixture<TabsProbe>(html`<tabs-probe></tabs-probe>`);
    tabs(el)[0]!.focus();
    const steps: [string, Fruit][] = [
      ['ArrowRight', 'pear'],
      ['ArrowRight', 'plum'],
      ['ArrowRight', 'apple'],
      ['ArrowLeft', 'plum'],
      ['Home', 'apple'],
      ['End', 'plum'],
    ];
    for (const [key, expected] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      await el.updateComplete;
      expect([key, el.tab, focusedId(el)]).to.deep.equal([key, expected, `probe-tab-${expected}`]);
      expect(
        tabs(el)
          .filter((t) => t.tabIndex === 0)
          .map((t) => t.id),
      ).to.deep.equal([`probe-tab-${expected}`]);
    }
    expect(el.shadowRoot!.getElementById('probe-panel')!.getAttribute('aria-labelledby')).to.equal('probe-tab-plum');
  });

  it('leaves other keys alone and selects a clicked tab without stealing focus elsewhere', async () => {
    const el = await fixture<TabsProbe>(html`<tabs-probe></tabs-probe>`);
    const event = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true, composed: true });
    tabs(el)[0]!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    expect(el.tab).to.equal('apple');
    tabs(el)[1]!.click();
    await el.updateComplete;
    expect(el.tab).to.equal('pear');
    expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
  });

  it('follows a list that changes (tabs shown by role) and starts from the first when the selected tab is not in it', async () => {
    const el = await fixture<TabsProbe>(html`<tabs-probe></tabs-probe>`);
    el.fruits = ['pear', 'plum'];
    el.requestUpdate();
    await el.updateComplete;
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab).to.equal('plum');
    expect(tabs(el).map((t) => t.id)).to.deep.equal(['probe-tab-pear', 'probe-tab-plum']);
  });
});
