import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorSignedInEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import {
  attributeClient,
  codeFor,
  identityTokenFor,
  signOut,
  testClient,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import './mentor-sign-in.js';
import type { MentorSignIn } from './mentor-sign-in.component.js';

describe('<mentor-sign-in>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('signs in with the code from the outbox, by keyboard only', async () => {
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in></mentor-sign-in>`);
    const email = await find<HTMLInputElement>(el, 'input[name="email"]');
    email.focus();
    await sendKeys({ type: 'ben@example.com' });
    await sendKeys({ press: 'Enter' });

    const codeInput = await find<HTMLInputElement>(el, 'input[name="code"]');
    await findText(el, 'a code is on its way');
    expect(shadow(el).activeElement).to.equal(codeInput, 'focus moves to the code field');
    const { code } = await codeFor('ben@example.com');
    const signedIn = oneEvent(el, 'mentor-signed-in') as Promise<MentorSignedInEvent>;
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });

    const event = await signedIn;
    expect(event.detail.user.member.email).to.equal('ben@example.com');
    expect(event.composed && event.bubbles).to.equal(true);
    await findText(el, 'Signed in as Ben Okafor');
    expect((await testClient().getMe()).member.email).to.equal('ben@example.com');
  });

  it('shows an error for a wrong code and keeps focus on the field', async () => {
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in email="cruz@example.com"></mentor-sign-in>`);
    const email = await find<HTMLInputElement>(el, 'input[name="email"]');
    expect(email.value).to.equal('cruz@example.com', 'prefilled');
    (await find<HTMLButtonElement>(el, 'button[type="submit"]')).click();
    const codeInput = await find<HTMLInputElement>(el, 'input[name="code"]');
    await codeFor('cruz@example.com');
    type(codeInput, '000000');
    (await find<HTMLButtonElement>(el, 'button[type="submit"]')).click();
    await findText(el, 'That code is not right');
    expect(codeInput.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(codeInput);
  });

  it('refuses an invalid email without calling the service', async () => {
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in></mentor-sign-in>`);
    type(await find<HTMLInputElement>(el, 'input[name="email"]'), 'not-an-email');
    (await find<HTMLButtonElement>(el, 'button[type="submit"]')).click();
    await findText(el, 'Enter an email address');
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
  });

  it('says how long to wait after too many codes in words, in the viewer language (defect 17)', async () => {
    const email = uniqueEmail('limited');
    // The service allows five codes per address per hour; spend them as another device would.
    for (let i = 0; i < 5; i++) await testClient().requestSignInCode({ email });
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in email=${email}></mentor-sign-in>`);
    (await find<HTMLButtonElement>(el, 'button[type="submit"]')).click();
    await findText(el, 'Too many attempts');
    const message = shadow(el).querySelector('[role="alert"]')!.textContent!;
    expect(message).to.match(/Try again in (\d+ minutes|\d+ hours?|1 hour)\./);
    expect(message).not.to.match(/\d{3,} seconds/);
    el.lang = 'es';
    // Spanish loads on first use: the member sees the form in Spanish before pressing the button.
    await findText(el, 'Enviar código');
    (await find<HTMLButtonElement>(el, 'button[type="submit"]')).click();
    await findText(el, 'Demasiados intentos');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.match(/Vuelve a intentarlo dentro de \d+ (minutos|horas?)\./);
  });

  it('works configured by attributes only', async () => {
    const { baseUrl, community } = await useAttributesOnly();
    const client = await attributeClient();
    await client.exchangeIdentityToken({ token: await identityTokenFor('ben@example.com', 'Ben Okafor') });
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in api-base=${baseUrl} community=${community}></mentor-sign-in>`);
    await findText(el, 'Signed in as Ben Okafor');
    await client.signOut();
    await findText(el, 'Email');
  });

  it('completes a magic link from the page address', async () => {
    const client = testClient();
    await client.requestSignInCode({ email: 'dana@example.com' });
    const { magicToken } = await codeFor('dana@example.com');
    history.replaceState(null, '', `${location.pathname}${location.search}#community=demo&magic=${magicToken}`);
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in></mentor-sign-in>`);
    await findText(el, 'Signed in as Dana Lee');
    expect(location.hash).to.not.include('magic=');
  });

  it('exchanges a host identity token given as an attribute', async () => {
    const token = await identityTokenFor('host-user@example.com', 'Hosted Person');
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in identity-token=${token}></mentor-sign-in>`);
    await findText(el, 'Signed in as Hosted Person');
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MentorSignIn>(html`<mentor-sign-in lang="es"></mentor-sign-in>`);
    await findText(el, 'Iniciar sesión');
    await findText(el, 'Enviar código');
    expect((await find(el, 'label[for="email"]')).textContent).to.equal('Correo electrónico');
  });

  it('has no serious accessibility violations (light and dark)', async () => {
    const light = await fixture<MentorSignIn>(html`<mentor-sign-in></mentor-sign-in>`);
    await find(light, 'input[name="email"]');
    expect(await seriousA11yViolations(light)).to.deep.equal([]);
    const dark = await fixture<MentorSignIn>(html`<mentor-sign-in theme="dark"></mentor-sign-in>`);
    await find(dark, 'input[name="email"]');
    expect(await seriousA11yViolations(dark)).to.deep.equal([]);
  });
});
