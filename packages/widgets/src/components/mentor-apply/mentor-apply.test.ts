import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorApplicationSubmitEvent } from '../../base/member-events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { attributeClient, identityTokenFor, uniqueEmail, useAttributesOnly } from '../../testing/test-service.js';
import './mentor-apply.js';
import type { MentorApply } from './mentor-apply.component.js';

async function renderAs(email: string, name: string, attrs: { lang?: string; theme?: string } = {}): Promise<MentorApply> {
  const { baseUrl, community } = await useAttributesOnly();
  const client = await attributeClient();
  await client.signOut().catch(() => undefined);
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name, 'Member') });
  return fixture<MentorApply>(
    html`<mentor-apply api-base=${baseUrl} community=${community} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'}></mentor-apply>`,
  );
}

describe('<mentor-apply> (configured by attributes only)', () => {
  afterEach(async () => {
    await (await attributeClient()).signOut().catch(() => undefined);
  });

  it('applies with expertise tags, a language and a time zone, then shows the pending state (C7)', async () => {
    const email = uniqueEmail('apply');
    const el = await renderAs(email, 'Nora Newmentor');
    const form = await find<HTMLFormElement>(el, '[part="form"]');
    expect((await find<HTMLInputElement>(el, '#apply-displayName')).value).to.equal('Nora Newmentor');
    expect(form.querySelectorAll('#apply-timeZone option').length).to.be.greaterThan(100, 'a real time-zone picker');

    // Nothing filled: every problem is highlighted and the service is not asked.
    (await find<HTMLButtonElement>(el, '[part="submit"]')).click();
    await findText(el, 'Write between 10 and 500 characters.');
    await findText(el, 'Add at least one topic.');
    expect(shadow(el).querySelector('#apply-bio')!.getAttribute('aria-invalid')).to.equal('true');

    type(shadow(el).querySelector<HTMLTextAreaElement>('#apply-bio')!, 'Eight years building accessible web apps; happy to review code.');
    // A fixed field loses its message at once (defect 9); the others keep theirs.
    await waitUntil(() => !shadow(el).textContent!.includes('Write between 10 and 500 characters.'), 'the bio message goes');
    expect(shadow(el).querySelector('#apply-bio')!.getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(el).textContent).to.include('Add at least one topic.');
    const tagInput = shadow(el).querySelector<HTMLInputElement>('#apply-expertise')!;
    tagInput.focus();
    await sendKeys({ type: 'Accessibility' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Code review' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelectorAll('[part="tags"] li').length === 2, 'two tags');
    expect(shadow(el).textContent).to.not.include('Add at least one topic.');
    shadow(el).querySelector<HTMLButtonElement>('[part="tags"] button[aria-label="Remove Code review"]')!.click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="tags"] li').length === 1, 'one tag removed');
    const zone = shadow(el).querySelector<HTMLSelectElement>('#apply-timeZone')!;
    zone.value = 'America/Sao_Paulo';
    shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"][value="pt"]')!.click();

    const submitted = oneEvent(el, 'mentor-application-submit') as Promise<MentorApplicationSubmitEvent>;
    (await find<HTMLButtonElement>(el, '[part="submit"]')).click();
    const { profile } = (await submitted).detail;
    expect(profile.status).to.equal('pending');
    expect(profile.expertise).to.deep.equal(['Accessibility']);
    expect(profile.languages).to.have.members(['en', 'pt']);
    expect(profile.timeZone).to.equal('America/Sao_Paulo');
    await findText(el, 'Your application is waiting for approval');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="status"]'));

    // Coming back later shows the same pending state, not the form.
    const again = await renderAs(email, 'Nora Newmentor');
    await find(again, '[part="status"][data-status="pending"]');
    expect(shadow(again).querySelector('[part="form"]')).to.equal(null);
  });

  it('has no serious accessibility violations (light and dark) and speaks Spanish', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await renderAs(uniqueEmail('apply-a11y'), 'Ari Axe', { theme });
      await find(el, '[part="form"]');
      expect(await seriousA11yViolations(el), theme).to.deep.equal([]);
    }
    const es = await renderAs(uniqueEmail('apply-es'), 'Eli Español', { lang: 'es' });
    await findText(es, 'Ser mentor');
    await findText(es, 'Idiomas en los que das mentoría');
  });
});
