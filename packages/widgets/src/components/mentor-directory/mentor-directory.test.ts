import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorMentorSelectEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import {
  attributeClient,
  createMentor,
  identityTokenFor,
  testClient,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import './mentor-directory.js';
import type { MentorDirectory } from './mentor-directory.component.js';

const names = (el: Element) => [...shadow(el).querySelectorAll('.card-link')].map((a) => a.textContent?.trim());
const select = (el: Element, id: string, value: string) => {
  const control = shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
};
/** Waits until the directory shows the result of its latest query. */
const settled = (el: MentorDirectory) =>
  waitUntil(
    () => shadow(el).querySelector('.results[aria-busy="false"], [part="empty"]') && !shadow(el).querySelector('[aria-busy="true"]'),
    'results',
    { timeout: 15_000 },
  );

describe('<mentor-directory>', () => {
  beforeEach(() => useTestService());

  it('lists approved mentors with total, rate and rating', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory page-size="50"></mentor-directory>`);
    await find(el, '.card');
    await settled(el);
    const expected = await testClient().listMentors({ limit: 50 });
    expect(names(el)).to.deep.equal(expected.items.map((m) => m.displayName));
    await findText(el, `${expected.total} mentors`);
    expect(shadow(el).textContent).to.include('Free');
    expect(shadow(el).textContent).to.include('No ratings yet');
  });

  it('searches ignoring accents and filters by expertise, language, free only and max rate', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory page-size="50"></mentor-directory>`);
    await settled(el);
    type(shadow(el).querySelector<HTMLInputElement>('#q')!, 'jose');
    shadow(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    await waitUntil(() => names(el).includes('José Martínez') && names(el).length < 10, 'accent-insensitive search');

    type(shadow(el).querySelector<HTMLInputElement>('#q')!, '');
    shadow(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    await settled(el);
    const all = await testClient().listMentors({});
    const facet = all.facets.expertise[0]!;
    const tag = facet.value;
    await waitUntil(
      () => shadow(el).querySelector(`#expertise-options option[value="${tag}"]`)?.getAttribute('label') === `${tag} (${facet.count})`,
      'facet counts in the suggestions',
    );
    type(shadow(el).querySelector<HTMLInputElement>('#expertise')!, tag);
    const tagged = await testClient().listMentors({ expertise: tag, limit: 50 });
    await waitUntil(() => JSON.stringify(names(el)) === JSON.stringify(tagged.items.map((m) => m.displayName)), 'expertise filter');

    type(shadow(el).querySelector<HTMLInputElement>('#expertise')!, '');
    select(el, 'language', 'es');
    shadow(el).querySelector<HTMLInputElement>('#free-only')!.click();
    const freeSpanish = await testClient().listMentors({ language: 'es', freeOnly: 'true', limit: 50 });
    expect(freeSpanish.items.length).to.be.greaterThan(0);
    await waitUntil(
      () => JSON.stringify(names(el)) === JSON.stringify(freeSpanish.items.map((m) => m.displayName)),
      'free Spanish-speaking mentors',
    );
    expect([...shadow(el).querySelectorAll('.rate')].every((r) => r.textContent === 'Free')).to.equal(true);

    shadow(el).querySelector<HTMLInputElement>('#free-only')!.click();
    select(el, 'language', '');
    const maxRate = shadow(el).querySelector<HTMLInputElement>('#max-rate')!;
    type(maxRate, '20');
    // Defect 5: the cap is in one currency, and the widget says which.
    const cheap = await testClient().listMentors({ maxRate: 20, currency: 'USD', limit: 50 });
    await waitUntil(() => JSON.stringify(names(el)) === JSON.stringify(cheap.items.map((m) => m.displayName)), 'max rate');
    expect(cheap.items.every((m) => m.hourlyRate === 0 || (m.hourlyRate <= 20 && m.currency === 'USD'))).to.equal(true);
    await findText(el, 'Mentors charging in USD at most this much');
    select(el, 'rate-currency', 'EUR');
    const euros = await testClient().listMentors({ maxRate: 20, currency: 'EUR', limit: 50 });
    await waitUntil(() => JSON.stringify(names(el)) === JSON.stringify(euros.items.map((m) => m.displayName)), 'max rate in euros');
    expect(euros.items.every((m) => m.hourlyRate === 0 || m.currency === 'EUR')).to.equal(true);
  });

  it('loads more with the cursor and moves focus to the first new card', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory page-size="5"></mentor-directory>`);
    await settled(el);
    expect(names(el)).to.have.length(5);
    (await find<HTMLButtonElement>(el, '[part="load-more"]')).click();
    await waitUntil(() => names(el).length === 10, 'second page');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelectorAll('.card-link')[5]);
    const all = await testClient().listMentors({ limit: 10 });
    expect(names(el)).to.deep.equal(all.items.map((m) => m.displayName));
  });

  it('is keyboard usable and emits mentor-mentor-select (cancelable with profile-href)', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory profile-href="#mentor={id}"></mentor-directory>`);
    await settled(el);
    shadow(el).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'Priya' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).length === 1 && names(el)[0] === 'Priya Raman', 'search by keyboard');
    const link = shadow(el).querySelector<HTMLAnchorElement>('.card-link')!;
    expect(link.getAttribute('href')).to.match(/^#mentor=/);
    link.focus();
    el.addEventListener('mentor-mentor-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'mentor-mentor-select') as Promise<MentorMentorSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.mentor.displayName).to.equal('Priya Raman');
    expect(location.hash).to.not.include('mentor=', 'navigation was prevented');
  });

  it('shows an empty state that can clear the filters', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory q="zzzz-no-such-mentor"></mentor-directory>`);
    await findText(el, 'No mentors match your search.');
    (await find<HTMLButtonElement>(el, '[part="empty"] button')).click();
    await find(el, '.card');
  });

  it('shows an error state when the service cannot be reached', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory api-base="http://127.0.0.1:9"></mentor-directory>`);
    await findText(el, 'cannot be reached');
    expect(shadow(el).querySelector('[part="error"] button')?.textContent).to.equal('Try again');
  });

  it('renders a hostile mentor name and bio as inert text', async () => {
    const marker = `hostile${Date.now().toString(36)}`;
    const hostileName = `<img src=x onerror="window.__pwned=1">${marker}`;
    await createMentor(uniqueEmail('hostile'), hostileName, {
      displayName: hostileName,
      bio: `<img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">click me</a> <script>window.__pwned=4</script>`,
    });
    const el = await fixture<MentorDirectory>(html`<mentor-directory .q=${marker}></mentor-directory>`);
    await findText(el, marker);
    const root = shadow(el);
    expect(root.querySelector('img[src="x"]'), 'no injected image').to.equal(null);
    expect(root.querySelector('a[href^="javascript"]'), 'no javascript: link').to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('.card-link')!.textContent).to.equal(hostileName);
    expect(root.querySelector('.bio')!.textContent).to.include('<a href="javascript:');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory lang="es" page-size="50"></mentor-directory>`);
    await settled(el);
    await findText(el, 'mentores');
    expect(shadow(el).querySelector('.search button')!.textContent).to.equal('Buscar');
    expect(shadow(el).textContent).to.include('Gratis');
    expect(shadow(el).querySelector('label[for="language"]')!.textContent).to.equal('Idioma');
    const languages = [...shadow(el).querySelectorAll('#language option')].map((o) => o.textContent);
    expect(languages.some((l) => l?.startsWith('español'))).to.equal(true, 'language names in Spanish');
  });

  it('has no serious accessibility violations (light and dark)', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<MentorDirectory>(html`<mentor-directory theme=${theme} page-size="6"></mentor-directory>`);
      await settled(el);
      expect(await seriousA11yViolations(el), theme).to.deep.equal([]);
    }
  });

  it('offers every tag on the cards and keeps a chosen tag when its count changes (defect 4)', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory page-size="50"></mentor-directory>`);
    await settled(el);
    const all = await testClient().listMentors({ limit: 50 });
    const onCards = new Set(all.items.flatMap((m) => m.expertise.map((t) => t.toLowerCase())));
    const offered = new Set(
      [...shadow(el).querySelectorAll('#expertise-options option')].map((o) => o.getAttribute('value')!.toLowerCase()),
    );
    for (const tag of onCards) expect(offered.has(tag), tag).to.equal(true);
    const tag = all.items[0]!.expertise[0]!;
    type(shadow(el).querySelector<HTMLInputElement>('#expertise')!, tag);
    await settled(el);
    select(el, 'language', 'zz');
    await settled(el);
    expect(shadow(el).querySelector<HTMLInputElement>('#expertise')!.value).to.equal(tag, 'the chosen tag stays');
  });

  it('saves mentors from cards and wraps 60-character words, configured by attributes only (M6, defect 19)', async () => {
    const { baseUrl, community } = await useAttributesOnly();
    const long = 'Supercalifragilisticexpialidociousandantidisestablishmentarian';
    const id = await createMentor(uniqueEmail('long-words'), long, {
      displayName: long,
      jobTitle: long,
      company: long,
      expertise: [long.slice(0, 40)],
    });
    const client = await attributeClient();
    await client.exchangeIdentityToken({ token: await identityTokenFor(uniqueEmail('card-saver'), 'Cara Saver', 'Mentee') });
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 375px"><mentor-directory api-base=${baseUrl} community=${community} .q=${long}></mentor-directory></div>`,
      );
      const el = wrapper.querySelector('mentor-directory')!;
      const link = await find(el, `[part="card-link"][data-mentor-id="${id}"]`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1, 'no word widens the directory');
      const card = link.closest('article')!;
      expect(card.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
      // Results first on a narrow screen: the filters fold behind a button.
      const toggle = await find<HTMLButtonElement>(el, '[part="filters-toggle"]');
      expect(getComputedStyle(shadow(el).querySelector('[part="filters"]')!).display).to.equal('none');
      toggle.click();
      await waitUntil(() => getComputedStyle(shadow(el).querySelector('[part="filters"]')!).display !== 'none', 'filters shown');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');

      const save = card.querySelector<HTMLButtonElement>('[part="favorite-button"]')!;
      save.click();
      await waitUntil(() => save.getAttribute('aria-pressed') === 'true', 'saved');
      expect((await client.listFavorites()).items.map((m) => m.id)).to.deep.equal([id]);
      for (const theme of ['light', 'dark']) {
        el.setAttribute('theme', theme);
        await el.updateComplete;
        expect(await seriousA11yViolations(el), theme).to.deep.equal([]);
      }
    } finally {
      await client.signOut();
    }
  });
});
