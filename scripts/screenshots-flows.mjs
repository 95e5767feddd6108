// Screenshots of the flows issue 10 added, called by scripts/screenshots.mjs (also alone with
// `--only=flows`): the employer's hub and an invitation as the invited member sees it, a reschedule
// proposal in the session list, the admin console's member access and secret key, the decline dialog,
// and every mentor-dashboard panel at 375 px (the availability editor with its field messages too), and a
// notification opened from the bell (the session details in the hub).

const DAY = 24 * 60 * 60 * 1000;

/** The next whole hour at least `days` days ahead, as an ISO instant. */
function hoursAhead(days, hour) {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}

/**
 * @param {object} h helpers of screenshots.mjs: { server, base, newPage, signIn, settle, shoot }
 */
export async function shootFlows({ server, base, newPage, signIn, settle, shoot }) {
  // One sign-in per account (codes are rate-limited per email); every page reuses these sessions.
  const [dana, ben, ana, admin] = [
    await server.signIn('dana@example.com'),
    await server.signIn('ben@example.com'),
    await server.signIn('ana@example.com'),
    await server.signIn('admin@example.com'),
  ];
  const call = async (who, method, p, body) => {
    const response = await server.api(method, `/v1/communities/demo${p}`, { token: who.accessToken, ...(body ? { body } : {}) });
    if (response.status >= 300) throw new Error(`${method} ${p}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  // Dana invites Ben to an interview; Ana proposes a new time for her confirmed session with Ben.
  await call(dana, 'POST', '/sessions', {
    kind: 'interview',
    memberId: ben.user.member.id,
    start: hoursAhead(5, 17),
    durationMinutes: 45,
    topic: 'Frontend engineer interview, first round',
  });
  // Ben's demo session with Ana may have been cancelled by the messages shots: any open one will do.
  const open = await call(ana, 'GET', '/sessions?role=mentor&status=pending,confirmed&time=upcoming');
  const withBen = open.items?.find((s) => s.mentee.id === ben.user.member.id);
  const slots = await call(ana, 'GET', `/mentors/${ana.user.member.id}/slots?duration=60&timeZone=UTC`);
  const later = slots.slots?.at(-1);
  if (withBen && later)
    await call(ana, 'POST', `/sessions/${withBen.id}/reschedule`, {
      start: later.start,
      message: 'Could we move this? I am travelling that week.',
    });

  /** A hub page signed in as `who`, with tab `tab` open. */
  async function hub(who, email, tab, options = {}) {
    const page = await newPage(options);
    await page.goto(`${base}/members.html`);
    await settle(page, 'mentor-hub mentor-sign-in');
    await signIn(page, email, who);
    await settle(page, 'mentor-hub [role="tab"]');
    if (tab) await page.locator('mentor-hub [role="tab"]', { hasText: tab }).click();
    return page;
  }

  // The employer's hub: find members with the invite form open, then her invitations (light, dark, Spanish, 375 px).
  for (const v of [
    { name: 'light', tab: 'Invite members', find: 'Find members', mine: 'My invitations' },
    { name: 'dark', dark: true, tab: 'Invite members', find: 'Find members' },
    { name: 'es', locale: 'es-MX', tab: 'Invitar a miembros', find: 'Buscar miembros' },
    { name: '375-light', width: 375, tab: 'Invite members', find: 'Find members' },
  ]) {
    const page = await hub(dana, 'dana@example.com', v.tab, { dark: v.dark, locale: v.locale, width: v.width });
    await settle(page, 'mentor-employer [part="people"]');
    await page.locator('mentor-employer #people-search').fill('Ben');
    await page.locator('mentor-employer #people-search').press('Enter');
    await page.locator('mentor-employer [part="people"] li', { hasText: 'Aisha' }).waitFor({ state: 'detached' });
    await page.locator('mentor-employer [part="people"] li', { hasText: 'Ben' }).locator('button').first().click();
    await settle(page, 'mentor-employer form[part="invite-form"]');
    await page.locator('mentor-employer #invite-topic').fill(v.locale ? 'Entrevista de frontend' : 'Frontend engineer interview');
    await shoot(page, 'mentor-employer', `employer-${v.name}`, { dark: v.dark, screenOnly: v.width === 375 });
    if (v.mine) {
      await page.locator('mentor-employer [role="tab"]', { hasText: v.mine }).click();
      await settle(page, 'mentor-employer mentor-session-list [part="session"]');
      await shoot(page, 'mentor-employer', 'employer-invitations-light');
      // Inviting a mentor: the form offers her next open times.
      await page.locator('mentor-employer [role="tab"]', { hasText: v.find }).click();
      await page.locator('mentor-employer #people-search').fill('Ana Souza');
      await page.locator('mentor-employer #people-search').press('Enter');
      await page.locator('mentor-employer [part="people"] li', { hasText: 'Ben' }).waitFor({ state: 'detached' });
      await page.locator('mentor-employer [part="people"] li', { hasText: 'Ana Souza' }).locator('button').first().click();
      await settle(page, 'mentor-employer [part="open-times"] button');
      await page.locator('mentor-employer [part="open-times"] button').nth(1).click();
      await page.locator('mentor-employer #invite-topic').fill('Design system project');
      await shoot(page, 'mentor-employer', 'employer-open-times-light');
    }
  }

  // Ben: the invitation (kind shown) and Ana's reschedule proposal, in his sessions.
  for (const dark of [false, true]) {
    const page = await hub(ben, 'ben@example.com', 'My sessions', { dark });
    await settle(page, 'mentor-session-list [part="reschedule-proposal"]');
    await shoot(page, 'mentor-session-list', `session-invite-reschedule-${dark ? 'dark' : 'light'}`, { dark });
  }

  // Ben opens Dana's invitation from his bell: the session's details in "My sessions" (light, dark, Spanish, 375 px).
  for (const v of [{ name: 'light' }, { name: 'dark', dark: true }, { name: 'es', locale: 'es-MX' }, { name: '375', width: 375 }]) {
    const page = await hub(ben, 'ben@example.com', null, v);
    await page.locator('mentor-notification-bell [part="bell"]').click();
    await settle(page, 'mentor-notification-bell [part="notification"]');
    await page.locator('mentor-notification-bell [part="notification"]', { hasText: 'Frontend engineer interview' }).first().click();
    await settle(page, 'mentor-hub mentor-session-list[session-id] [part="session"]');
    await shoot(page, 'mentor-hub', `hub-session-details-${v.name}`, { dark: v.dark, screenOnly: v.width === 375 });
  }

  // The admin console: a member's access panel (Manage) and the secret key.
  const console_ = await newPage();
  await console_.goto(`${base}/admin.html`);
  await settle(console_, 'mentor-admin mentor-sign-in');
  await signIn(console_, 'admin@example.com', admin);
  await settle(console_, 'mentor-admin [role="tab"]');
  await console_.locator('mentor-admin [role="tab"]', { hasText: 'Members' }).click();
  await settle(console_, 'mentor-admin-members table');
  await console_.locator('mentor-admin-members button[data-action="manage"]').first().click();
  await settle(console_, 'mentor-admin-members [part="member-access"]');
  await shoot(console_, 'mentor-admin', 'admin-member-access-light');
  await console_.locator('mentor-admin [role="tab"]', { hasText: 'Settings' }).click();
  await settle(console_, 'mentor-admin-settings [part="secret-key"]');
  await shoot(console_, 'mentor-admin-settings [part="secret-key"]', 'admin-secret-key-light');

  // Ana's dashboard: the decline dialog, the profile editor's pickers, then every panel at 375 px.
  const desk = await hub(ana, 'ana@example.com', 'Mentor dashboard');
  await settle(desk, 'mentor-dashboard mentor-session-list[status="pending"] [part="session"]');
  await desk.locator('mentor-session-list[status="pending"] button[data-action="decline"]').first().click();
  await settle(desk, 'mentor-session-list dialog[open]');
  await shoot(desk, 'mentor-session-list[status="pending"] dialog[open]', 'decline-dialog-light');
  await desk.keyboard.press('Escape');
  for (const v of [
    { name: 'dark', dark: true },
    { name: 'es', locale: 'es-MX' },
  ]) {
    const page = await hub(ana, 'ana@example.com', v.locale ? 'Panel de mentor' : 'Mentor dashboard', v);
    await page.locator('mentor-dashboard [role="tab"]', { hasText: v.locale ? 'Perfil' : 'Profile' }).click();
    await settle(page, 'mentor-profile-editor [part="tags"]');
    await shoot(page, 'mentor-profile-editor', `profile-editor-${v.name}`, { dark: v.dark });
  }

  const phone = await hub(ana, 'ana@example.com', 'Mentor dashboard', { width: 375 });
  await settle(phone, 'mentor-dashboard [part="stats"]');
  await shoot(phone, 'mentor-dashboard', 'dashboard-375-overview');
  for (const [tab, ready, name] of [
    ['My students', 'mentor-relationships [part="list"]', 'students'],
    ['Availability', 'mentor-availability-editor [part="weekly"]', 'availability'],
    ['Profile', 'mentor-profile-editor [part="tags"]', 'profile'],
  ]) {
    await phone.locator('mentor-dashboard [role="tab"]', { hasText: tab }).click();
    await settle(phone, ready);
    await shoot(phone, 'mentor-dashboard', `dashboard-375-${name}`);
  }
  // The availability editor refusing a window that ends before it starts, marked where it is wrong.
  await phone.locator('mentor-dashboard [role="tab"]', { hasText: 'Availability' }).click();
  await settle(phone, 'mentor-availability-editor [part="weekly"]');
  const monday = phone.locator('mentor-availability-editor .day-row[aria-label="Monday"]');
  await monday.locator('button.small').click();
  await monday.locator('input[type="time"]').last().fill('08:00');
  await phone.locator('mentor-availability-editor [part="save"]').click();
  await settle(phone, 'mentor-availability-editor .row-error');
  await shoot(phone, 'mentor-availability-editor [part="weekly"]', 'availability-invalid-375');
  // The zone check: Ana's availability set to another zone than her profile's.
  const mine = await call(ana, 'GET', '/me/availability');
  await call(ana, 'PUT', '/me/availability', {
    availability: { ...mine.availability, timeZone: 'Europe/Lisbon' },
    bookingRules: mine.bookingRulesOverride,
  });
  const zones = await hub(ana, 'ana@example.com', 'Mentor dashboard');
  await zones.locator('mentor-dashboard [role="tab"]', { hasText: 'Availability' }).click();
  await settle(zones, 'mentor-availability-editor [part="zone-check"]');
  await shoot(zones, 'mentor-availability-editor', 'availability-zone-check-light');
  await call(ana, 'PUT', '/me/availability', { availability: mine.availability, bookingRules: mine.bookingRulesOverride });
}
