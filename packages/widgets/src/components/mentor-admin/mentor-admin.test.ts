import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import {
  createAdmin,
  identityTokenFor,
  signInAs,
  signOut,
  testClient,
  uniqueEmail,
  useTestService,
  type TestService,
} from '../../testing/test-service.js';
import './mentor-admin.js';
import type { MentorAdminMembers } from './admin-members.component.js';
import type { MentorAdminApplications } from './admin-applications.component.js';
import type { MentorAdminSettings } from './admin-settings.component.js';
import type { MentorAdmin } from './mentor-admin.component.js';

async function openTab(el: MentorAdmin, name: string): Promise<void> {
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.trim() === name)!.click();
  await el.updateComplete;
}

function setFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
}

/** A member who applies as a mentor and waits for approval (the demo community approves manually). */
async function applicant(name: string): Promise<string> {
  const client = testClient();
  const email = uniqueEmail('applicant');
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name, 'Mentee') });
  const profile = await client.applyAsMentor({
    bio: 'I would like to help new developers.',
    expertise: ['Go'],
    languages: ['en'],
    timeZone: 'UTC',
    hourlyRate: 0,
    currency: 'USD',
  });
  await signOut();
  return profile.id;
}

describe('<mentor-admin> (configured by attributes only)', () => {
  let service: TestService;
  before(async () => {
    service = await (await fetch('/__mentorkit-test/config')).json();
  });
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  const render = () => fixture<MentorAdmin>(html`<mentor-admin api-base=${service.baseUrl} community=${service.community}></mentor-admin>`);

  it('asks a visitor to sign in and refuses a member who is not an admin', async () => {
    const el = await render();
    await find(el, 'mentor-sign-in');
    await signInAs(uniqueEmail('plain'), 'Plain Member');
    const refused = await fixture<MentorAdmin>(
      html`<mentor-admin api-base=${service.baseUrl} community=${service.community}></mentor-admin>`,
    );
    await findText(refused, 'Only community admins');
    expect(shadow(refused).querySelector('[role="tablist"]')).to.equal(null);
  });

  it('shows the admin dashboard and approves a waiting application', async () => {
    const name = `Applicant ${Math.random().toString(36).slice(2, 7)}`;
    const mentorId = await applicant(name);
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await find(el, '[part="stats"]');
    await find(el, '[part="chart"]');
    expect(shadow(el).querySelector('[part="chart"]')!.getAttribute('aria-label')).to.match(/Sessions per week: week of/);
    await openTab(el, 'Mentor applications');
    const list = await find<MentorAdminApplications>(el, 'mentor-admin-applications');
    await findText(list, name);
    const card = [...shadow(list).querySelectorAll('[part="application"]')].find((c) => c.textContent?.includes(name))!;
    card.querySelector<HTMLButtonElement>(`button[aria-label="Approve ${name}"]`)!.click();
    await findText(list, `${name} is now a mentor`);
    expect(shadow(list).textContent).not.to.include(`Reject ${name}`);
    const page = await testClient().getMentor({ mentorId });
    expect(page.mentor.displayName).to.equal(name);
  });

  it('rejects with a reason the applicant can read', async () => {
    const name = `Rejected ${Math.random().toString(36).slice(2, 7)}`;
    await applicant(name);
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await openTab(el, 'Mentor applications');
    const list = await find<MentorAdminApplications>(el, 'mentor-admin-applications');
    await findText(list, name);
    const card = [...shadow(list).querySelectorAll('[part="application"]')].find((c) => c.textContent?.includes(name))!;
    card.querySelector<HTMLButtonElement>(`button[aria-label="Reject ${name}"]`)!.click();
    const reason = await find<HTMLTextAreaElement>(list, 'textarea');
    expect(shadow(list).activeElement).to.equal(reason, 'focus moves into the reason');
    type(reason, 'Please add more detail about your experience.');
    shadow(list).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await findText(list, `${name}'s application was rejected`);
    const rejected = await testClient().listMentorApplications({ status: 'rejected', q: name });
    expect(rejected.items.map((p) => p.displayName)).to.include(name);
  });

  it('imports a CSV, reports a bad file by line without importing it, searches and grants the admin flag', async () => {
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await openTab(el, 'Members');
    const members = await find<MentorAdminMembers>(el, 'mentor-admin-members');
    await find(members, 'table');
    const tag = Math.random().toString(36).slice(2, 8);
    const file = await find<HTMLInputElement>(members, '#member-file');

    setFile(
      file,
      new File([`email,name,membership type\nbad-${tag},Broken,Mentee\nok-${tag}@example.com,Fine,Mentee\n`], 'roster.csv', {
        type: 'text/csv',
      }),
    );
    shadow(members).querySelector<HTMLButtonElement>('[part="import"] button[type="submit"]')!.click();
    await waitUntil(() => shadow(members).querySelector('[part="import"] [role="alert"] li'), 'a line-numbered report');
    expect(shadow(members).querySelector('[part="import"] [role="alert"] li')!.textContent).to.match(/Line 2/);
    expect((await testClient().listMembers({ q: `ok-${tag}` })).items).to.have.length(0, 'nothing imported');

    setFile(
      file,
      new File(
        [`email,name,membership type\nzed-${tag}@example.com,Zed ${tag},Mentee\nyara-${tag}@example.com,Yara ${tag},Mentor\n`],
        'roster.csv',
        { type: 'text/csv' },
      ),
    );
    shadow(members).querySelector<HTMLButtonElement>('[part="import"] button[type="submit"]')!.click();
    await findText(members, 'Imported 2: 2 new, 0 updated.');

    type(shadow(members).querySelector<HTMLInputElement>('#member-search')!, tag);
    shadow(members).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    await waitUntil(() => shadow(members).querySelectorAll('tbody tr').length === 2, 'the two imported members');
    const toggle = shadow(members).querySelector<HTMLInputElement>(`input[aria-label="Zed ${tag} is an admin"]`)!;
    toggle.click();
    await findText(members, `Zed ${tag} is now an admin.`);
    const [zed] = (await testClient().listMembers({ q: `zed-${tag}` })).items;
    expect(zed!.roles.isAdmin).to.equal(true);
  });

  it('shows field errors for settings the service refuses and saves nothing; the brand preview follows the colours', async () => {
    await signInAs('admin@example.com', 'Admin');
    const before = await testClient().getCommunitySettings();
    const el = await render();
    await openTab(el, 'Settings');
    const settings = await find<MentorAdminSettings>(el, 'mentor-admin-settings');
    const rate = await find<HTMLInputElement>(settings, '#setting-bookingRateLimitPerHour');
    type(shadow(settings).querySelector<HTMLInputElement>('#setting-accentColor')!, '#ff0000');
    await settings.updateComplete;
    const samples = shadow(settings).querySelectorAll<HTMLElement>('[part="preview"] .sample');
    expect(samples[1]!.style.background).to.match(/rgb\(255, 0, 0\)|#ff0000/);
    type(rate, '0');
    shadow(settings).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => rate.getAttribute('aria-invalid') === 'true', 'the rate field is marked');
    expect(shadow(settings).querySelector('#setting-bookingRateLimitPerHour-error')!.textContent).to.match(/1/);
    expect(shadow(settings).activeElement).to.equal(rate, 'focus moves to the first refused field');
    const after = await testClient().getCommunitySettings();
    expect(after.settings.brand.accentColor).to.equal(before.settings.brand.accentColor, 'nothing saved');

    type(rate, String(before.settings.bookingRateLimitPerHour));
    type(shadow(settings).querySelector<HTMLInputElement>('#setting-accentColor')!, before.settings.brand.accentColor);
    shadow(settings).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await findText(settings, 'Settings saved.');
  });

  it('offers embed snippets for this community and service', async () => {
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await openTab(el, 'Embed');
    await find(el, '[part="snippet"]');
    const text = shadow(el).textContent!;
    expect(text).to.include(`<script type="module" src="${service.baseUrl}/mentorkit/mentorkit.js"></script>`);
    expect(text).to.include(`<mentor-hub api-base="${service.baseUrl}" community="${service.community}"></mentor-hub>`);
  });

  it('hosts the webhooks section, working under attribute-only configuration', async () => {
    const admin = uniqueEmail('console-admin');
    await createAdmin(admin, 'Cora Console');
    await signInAs(admin, 'Cora Console', 'Staff');
    const el = await render();
    await openTab(el, 'Webhooks');
    const hooks = await find(el, 'mentor-webhooks');
    await customElements.whenDefined('mentor-webhooks'); // loaded on first use
    const url = await find<HTMLInputElement>(hooks, '#webhook-url');
    type(url, 'https://console-hooks.mentorkit.invalid/in');
    shadow(hooks).querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    const secret = await find<HTMLInputElement>(hooks, '[part="secret"] input');
    expect(secret.value).to.match(/^whsec_/);
    const created = (await testClient().listWebhooks()).items.find((e) => e.url === 'https://console-hooks.mentorkit.invalid/in');
    expect(created, 'created through the console').to.not.equal(undefined);
    await testClient().deleteWebhook({ webhookId: created!.id });
  });

  it('is keyboard navigable between sections and has no serious axe violations in light and dark', async () => {
    await signInAs('admin@example.com', 'Admin');
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<MentorAdmin>(
        html`<mentor-admin api-base=${service.baseUrl} community=${service.community} theme=${theme}></mentor-admin>`,
      );
      await find(el, '[part="stats"]');
      const first = shadow(el).querySelector<HTMLButtonElement>('#admin-tab-overview')!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.tab).to.equal('applications');
      expect(shadow(el).activeElement?.id).to.equal('admin-tab-applications');
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
      await openTab(el, 'Settings');
      await find(await find(el, 'mentor-admin-settings'), 'form');
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
    }
  });

  it('signs a member out everywhere, disables one and removes another (C8), removing only after a second press', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const names = [`Out ${tag}`, `Off ${tag}`, `Gone ${tag}`];
    for (const name of names) {
      await testClient().exchangeIdentityToken({ token: await identityTokenFor(uniqueEmail('access'), name, 'Mentee') });
      await signOut();
    }
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await openTab(el, 'Members');
    const members = await find<MentorAdminMembers>(el, 'mentor-admin-members');
    await find(members, 'table');
    type(shadow(members).querySelector<HTMLInputElement>('#member-search')!, tag);
    shadow(members).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    await waitUntil(() => shadow(members).querySelectorAll('tbody tr').length === 3, 'the three members');
    const manage = (name: string) => shadow(members).querySelector<HTMLButtonElement>(`button[aria-label="Manage access of ${name}"]`)!;
    const panel = () => shadow(members).querySelector<HTMLElement>('[part="member-access"]')!;

    manage(names[0]!).click();
    await find(members, '[part="member-access"]');
    panel().querySelector<HTMLButtonElement>('[data-action="sign-out-everywhere"]')!.click();
    await findText(members, `${names[0]} was signed out of`);

    manage(names[1]!).click();
    await find(members, '[part="member-access"]');
    panel().querySelector<HTMLButtonElement>('[data-action="disable"]')!.click();
    await findText(members, `${names[1]} is disabled`);
    await waitUntil(
      () =>
        [...shadow(members).querySelectorAll('tbody tr')].some(
          (r) => r.textContent!.includes(names[1]!) && r.textContent!.includes('Disabled'),
        ),
      'the disabled badge',
    );

    manage(names[2]!).click();
    await find(members, '[part="member-access"]');
    panel().querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
    await findText(members, `Yes, remove ${names[2]}`);
    expect((await testClient().listMembers({ q: names[2]! })).items).to.have.length(1, 'not removed after one press');
    panel().querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
    await findText(members, 'The member was removed');
    expect((await testClient().listMembers({ q: names[2]! })).items).to.have.length(0, 'name erased');
  });

  it('rotates the secret key with a grace period and shows the new key once', async () => {
    await signInAs('admin@example.com', 'Admin');
    const el = await render();
    await openTab(el, 'Settings');
    const settings = await find<MentorAdminSettings>(el, 'mentor-admin-settings');
    const grace = await find<HTMLSelectElement>(settings, '#key-grace');
    grace.value = String(7 * 86_400); // the other tests still sign with the old key
    shadow(settings).querySelector<HTMLButtonElement>('[data-action="rotate-key"]')!.click();
    const key = await find<HTMLInputElement>(settings, '#new-key');
    expect(key.value).to.match(/^sk_/);
    await findText(settings, 'The old key works until');
  });
});
