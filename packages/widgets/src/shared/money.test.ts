import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { formatCost, formatRate } from './money.js';

/** A host for a LocalizeController in the language of its `lang` attribute. */
class MoneyProbe extends LitElement {
  @property() override lang = '';
  readonly localize = new LocalizeController(this);
}
customElements.define('money-probe', MoneyProbe);

describe('money in the widgets (one formatter for rates and prices)', () => {
  it("formats hourly rates in major units and prices in minor units with the currency's own digits", async () => {
    const { localize } = await fixture<MoneyProbe>(html`<money-probe lang="en"></money-probe>`);
    expect(formatRate(localize, 60, 'USD')).to.equal('$60 / hour');
    expect(formatRate(localize, 49.5, 'USD')).to.equal('$49.50 / hour');
    expect(formatRate(localize, 0, 'USD')).to.equal('Free');
    expect(formatCost(localize, { amount: 1250, currency: 'USD' })).to.equal('$12.50');
    expect(formatCost(localize, { amount: 4500, currency: 'USD', free: false })).to.equal('$45');
    expect(formatCost(localize, { amount: 1500, currency: 'JPY' })).to.equal('¥1,500');
    expect(formatCost(localize, { amount: 0, currency: 'EUR', free: true })).to.equal('Free');
  });

  it("follows the viewer's language", async () => {
    const { localize } = await fixture<MoneyProbe>(html`<money-probe lang="es"></money-probe>`);
    expect(formatCost(localize, { amount: 1250, currency: 'EUR' }).replace(/\s/g, ' ')).to.equal('12,50 €');
  });
});
