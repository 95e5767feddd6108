// The example site's pages, opened unchanged (attribute-only configuration, the bundle loaded from
// /mentorkit/ as a site owner would), as a signed-in member.
import { createClient, type MentorKitClient } from '@mentorkit/sdk';
import { expect, waitUntil } from '@open-wc/testing';
import type { Session } from '@mentorkit/core';
import { find, findText, shadow, type } from '../testing/dom.js';
import { createMentor, identityTokenFor, uniqueEmail, useAttributesOnly } from '../testing/test-service.js';

/** Opens a page of examples/site in an iframe (same origin, so it shares the signed-in storage). */
async function openSitePage(pathAndQuery: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = `/examples/site/${pathAndQuery}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('example site /mentor.html', () => {
  let member: MentorKitClient;
  let mentorId: string;

  before(async () => {
    const { baseUrl, community } = await useAttributesOnly();
    mentorId = await createMentor(uniqueEmail('site-mentor'), 'Sia Site', { expertise: ['Example site'] });
    // The default (localStorage) client: the page's own bundle reads the same stored session.
    member = createClient({ baseUrl, community });
  });
  afterEach(async () => {
    await member.signOut().catch(() => undefined);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('books through "Book a session" as a signed-in member (defects 1 and 2 of issue 10)', async () => {
    await member.exchangeIdentityToken({ token: await identityTokenFor(uniqueEmail('site-mentee'), 'Sam Site', 'Mentee') });
    const page = await openSitePage(`mentor.html?id=${mentorId}`);
    const profile = page.querySelector('mentor-profile')!;
    const book = await find<HTMLButtonElement>(profile, '[part="book-button"]');
    expect(book.textContent!.trim()).to.equal('Book a session');
    book.click();
    const calendar = await find(profile, 'dialog[open] mentor-booking-calendar');
    const slot = await find<HTMLButtonElement>(calendar, '[part="slot-button"]');
    expect(shadow(calendar).textContent).not.to.include('not set up');
    slot.click();
    type(await find<HTMLInputElement>(calendar, '#topic'), 'Booked from the example mentor page');
    const created = new Promise<Session>((resolve) =>
      page.addEventListener('mentor-session-create', (e) => resolve((e as CustomEvent<{ session: Session }>).detail.session), {
        once: true,
      }),
    );
    (await find<HTMLButtonElement>(calendar, '[part="submit"]')).click();
    const session = await created;
    expect(session.status).to.equal('pending');
    expect(session.start).to.equal(slot.dataset.start);
    await find(calendar, '[part="success"]');
    const mine = await member.listMySessions({ role: 'mentee' });
    expect(mine.items.map((s) => s.id)).to.include(session.id);
  });

  it('says that no mentor was chosen when the address has no id (defect 7)', async () => {
    const page = await openSitePage('mentor.html');
    for (const tag of ['mentor-profile', 'mentor-booking-calendar']) {
      const el = page.querySelector(tag)!;
      await findText(el, 'No mentor was chosen');
      expect(shadow(el).querySelector('[part="loading"]'), tag).to.equal(null);
    }
    const bad = await openSitePage('mentor.html?id=no-such-mentor');
    await findText(bad.querySelector('mentor-profile')!, 'This mentor could not be found.');
    await findText(bad.querySelector('mentor-booking-calendar')!, 'This mentor could not be found.');
    await waitUntil(() => bad.querySelector('mentor-booking-calendar')!.shadowRoot!.querySelector('[role="alert"]'));
  });
});
