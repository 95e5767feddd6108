import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { createAdmin, signInAs, signOut, testClient, uniqueEmail, useTestService } from '../../testing/test-service.js';
import './mentor-webhooks.js';
import type { MentorWebhooks } from './mentor-webhooks.component.js';

/** RFC 6761: `.invalid` never resolves, so deliveries fail fast and reach nobody. */
const HOOK_URL = 'https://hooks.mentorkit.invalid/in';

function card(el: Element, id: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`article[data-webhook-id="${id}"]`);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

function action(el: Element, id: string, name: string): HTMLButtonElement {
  return card(el, id).querySelector<HTMLButtonElement>(`button[data-action="${name}"]`)!;
}

async function removeAllWebhooks(): Promise<void> {
  const client = testClient();
  for (const endpoint of (await client.listWebhooks()).items) await client.deleteWebhook({ webhookId: endpoint.id });
}

describe('<mentor-webhooks>', () => {
  // An admin of its own: admin@example.com's sign-in budget is shared with the other test files.
  const admin = uniqueEmail('hooks-admin');
  const signInAdmin = () => signInAs(admin, 'Hana Hooks', 'Staff');
  before(() => createAdmin(admin, 'Hana Hooks'));
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });
  afterEach(async () => {
    await signInAdmin();
    await removeAllWebhooks();
    await signOut();
  });

  it('lets an admin add an endpoint (secret shown once), pause it, see its deliveries and delete it', async () => {
    await signInAdmin();
    await removeAllWebhooks();
    const el = await fixture<MentorWebhooks>(html`<mentor-webhooks></mentor-webhooks>`);
    await find(el, '[part="empty"]');

    // A non-https URL is refused in the form; nothing is created.
    const url = await find<HTMLInputElement>(el, '#webhook-url');
    type(url, 'javascript:alert(1)');
    shadow(el).querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await findText(el, 'Enter an https:// URL');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect((await testClient().listWebhooks()).items).to.have.length(0);

    // Only member.imported.
    type(url, HOOK_URL);
    type(
      shadow(el).querySelector<HTMLInputElement>('#webhook-description')!,
      'CRM sync for a very-long-description-without-any-spaces-that-must-wrap-nicely',
    );
    shadow(el).querySelector<HTMLInputElement>('input[name="all-events"]')!.click();
    const memberImported = await find<HTMLInputElement>(el, 'input[name="event"][value="member.imported"]');
    memberImported.click();
    shadow(el).querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    const secretInput = await find<HTMLInputElement>(el, '[part="secret"] input');
    expect(secretInput.value).to.match(/^whsec_[A-Za-z0-9+/]+=*$/);
    const [created] = (await testClient().listWebhooks()).items;
    expect(created!.url).to.equal(HOOK_URL);
    expect(created!.events).to.deep.equal(['member.imported']);
    expect(card(el, created!.id).querySelector('[part="status-badge"]')!.textContent).to.include('Active');
    expect(card(el, created!.id).textContent).to.include('member.imported');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);

    // "Done" hides the secret for good: listing never returns it.
    card(el, created!.id).querySelector<HTMLButtonElement>('[part="secret"] .button.link')!.click();
    await waitUntil(() => !shadow(el).querySelector('[part="secret"]'), 'secret hidden');

    // Pause and enable.
    action(el, created!.id, 'toggle').click();
    await waitUntil(() => card(el, created!.id).querySelector('[part="status-badge"]')!.textContent!.includes('Paused'), 'paused');
    expect((await testClient().listWebhooks()).items[0]!.enabled).to.equal(false);
    action(el, created!.id, 'toggle').click();
    await waitUntil(() => card(el, created!.id).querySelector('[part="status-badge"]')!.textContent!.includes('Active'), 'active again');

    // An event makes a delivery; the unreachable receiver shows as a failed attempt being retried.
    await testClient().importMembers({ members: [{ email: uniqueEmail('hooked'), name: 'Hooked Member', membershipType: 'Mentee' }] });
    await waitUntil(
      async () => (await testClient().listWebhookDeliveries({ webhookId: created!.id })).items[0]?.attempts === 1,
      'first attempt made',
      { timeout: 15_000 },
    );
    action(el, created!.id, 'deliveries').click();
    const delivery = await find(el, '.delivery');
    expect(action(el, created!.id, 'deliveries').getAttribute('aria-expanded')).to.equal('true');
    expect(delivery.textContent).to.include('member.imported');
    expect(delivery.querySelector('[part="delivery-status"]')!.textContent).to.include('Retrying');
    expect(delivery.textContent).to.include('1 attempt');
    (delivery.querySelector('button[data-action="redeliver"]') as HTMLButtonElement).click();
    await findText(el, 'Queued to send again');

    // A new secret is shown once more.
    action(el, created!.id, 'rotate').click();
    const rotated = await find<HTMLInputElement>(el, '[part="secret"] input');
    expect(rotated.value)
      .to.match(/^whsec_/)
      .and.not.equal(secretInput.value);

    // Delete asks first; "Keep" keeps it.
    action(el, created!.id, 'delete').click();
    await find(el, 'button[data-action="delete-no"]');
    action(el, created!.id, 'delete-no').click();
    await find(el, `article[data-webhook-id="${created!.id}"] button[data-action="delete"]`);
    action(el, created!.id, 'delete').click();
    (await find<HTMLButtonElement>(el, 'button[data-action="delete-yes"]')).click();
    await find(el, '[part="empty"]');
    expect((await testClient().listWebhooks()).items).to.have.length(0);
  });

  it('tells members who are not admins that webhooks are for admins, in their language', async () => {
    await signInAs(uniqueEmail('not-admin'), 'Nadia Member', 'Mentee');
    const el = await fixture<MentorWebhooks>(html`<mentor-webhooks lang="es"></mentor-webhooks>`);
    await findText(el, 'Solo los administradores');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('is readable in dark mode and in Spanish at 375 px', async () => {
    await signInAdmin();
    await testClient().createWebhook({ url: `${HOOK_URL}/${'x'.repeat(120)}`, events: ['*'] });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:375px"><mentor-webhooks lang="es" theme="dark"></mentor-webhooks></div>`,
    );
    const el = wrapper.querySelector('mentor-webhooks')!;
    await find(el, 'article[data-webhook-id]');
    await findText(el, 'Todos los eventos');
    expect(shadow(el).textContent).to.include('Añadir un destino');
    expect(el.scrollWidth, 'nothing widens the page').to.be.at.most(375);
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
  });
});
