import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorProfileUpdateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { bookSession, type BookedSession } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, useTestService } from '../../testing/test-service.js';
import './mentor-dashboard.js';
import type { MentorProfileEditor } from './profile-editor.component.js';

async function signInAsMentor(booked: BookedSession): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name, 'Mentor') });
}

async function pngFile(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'me.png', { type: 'image/png' });
}

function messages(el: MentorProfileEditor): string {
  return [...shadow(el).querySelectorAll('[part="message"], #photo-message')].map((p) => p.textContent).join(' ');
}

describe('<mentor-profile-editor>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('edits expertise as tags, languages by name and the zone from a list (the pickers of <mentor-apply>)', async () => {
    const booked = await bookSession({ prefix: 'pf-pickers' });
    await signInAsMentor(booked);
    const el = await fixture<MentorProfileEditor>(html`<mentor-profile-editor></mentor-profile-editor>`);
    const root = shadow(el);
    await find(el, '[part="tags"] li');
    expect([...root.querySelectorAll('[part="tags"] li')].map((li) => li.textContent!.replace('×', '').trim())).to.deep.equal([
      'Fixture pf-pickers',
    ]);
    root.querySelector<HTMLInputElement>('#pf-expertise')!.focus();
    await sendKeys({ type: 'Testing' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelectorAll('[part="tags"] li').length === 2, 'a second tag');
    root.querySelector<HTMLButtonElement>('[part="tags"] button[aria-label="Remove Fixture pf-pickers"]')!.click();
    const portuguese = [...root.querySelectorAll<HTMLLabelElement>('fieldset.picker-languages label')].find(
      (l) => l.textContent!.trim() === 'Portuguese',
    )!;
    portuguese.querySelector('input')!.click();
    const zone = root.querySelector<HTMLSelectElement>('select#pf-timeZone')!;
    expect(zone.options.length).to.be.greaterThan(100);
    zone.value = 'America/Sao_Paulo';
    zone.dispatchEvent(new Event('change'));
    const saved = oneEvent(el, 'mentor-profile-update') as Promise<MentorProfileUpdateEvent>;
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    const { profile } = (await saved).detail;
    expect(profile.expertise).to.deep.equal(['Testing']);
    expect(profile.languages).to.include('pt');
    expect(profile.timeZone).to.equal('America/Sao_Paulo');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);

    // No language left: the group is marked, and the message goes when one is chosen again.
    for (const box of root.querySelectorAll<HTMLInputElement>('fieldset.picker-languages input:checked')) box.click();
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Choose at least one language.');
    expect(root.querySelector('fieldset.picker-languages')!.getAttribute('aria-invalid')).to.equal('true');
    root.querySelector<HTMLInputElement>('fieldset.picker-languages input')!.click();
    await el.updateComplete;
    expect(root.querySelector('fieldset.picker-languages')!.getAttribute('aria-invalid')).to.equal('false');
    expect(messages(el)).to.not.include('Please check the highlighted fields.');
  });

  it('drops "Photo updated." and "Profile saved." once the member edits again (defect 9)', async () => {
    const booked = await bookSession({ prefix: 'pf-msgs' });
    await signInAsMentor(booked);
    const el = await fixture<MentorProfileEditor>(html`<mentor-profile-editor></mentor-profile-editor>`);
    const input = await find<HTMLInputElement>(el, '#photo-file');
    const transfer = new DataTransfer();
    transfer.items.add(await pngFile());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await find(el, 'img[part="photo-preview"]');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="photo"] button')][0]!.click();
    await findText(el, 'Photo updated.');

    type(shadow(el).querySelector<HTMLInputElement>('#pf-jobTitle')!, 'Staff Tester');
    await waitUntil(() => !messages(el).includes('Photo updated.'), '"Photo updated." goes at the next edit');

    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Profile saved.');
    type(shadow(el).querySelector<HTMLInputElement>('#pf-company')!, 'Acme');
    await waitUntil(() => !messages(el).includes('Profile saved.'), '"Profile saved." goes at the next edit');
  });
});
