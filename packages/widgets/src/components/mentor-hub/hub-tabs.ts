import type { Me } from '@mentorkit/core';
import type { Translation } from '../../i18n/en.js';

/** One section of the hub: its id (the `tab` attribute), its label key and who sees it. */
export interface HubTabSpec {
  id: string;
  label: keyof Translation;
  shownTo(user: Me): boolean;
  /** Also shown to a member who is only a mentor (whose home is the dashboard, SPEC C6). */
  onMentorHome?: boolean;
}

/**
 * The hub's sections, in order. A new section is one row here plus a case in the hub's panel renderer
 * (`renderPanel`), so features can add tabs without touching routing or keyboard handling.
 */
export const hubTabs: HubTabSpec[] = [
  { id: 'find', label: 'tabFind', shownTo: () => true },
  { id: 'favorites', label: 'tabFavorites', shownTo: () => true },
  { id: 'sessions', label: 'tabSessions', shownTo: () => true },
  { id: 'mentors', label: 'tabMentors', shownTo: () => true },
  { id: 'students', label: 'tabStudents', shownTo: (user) => user.roles.isMentor },
  { id: 'dashboard', label: 'tabDashboard', shownTo: (user) => user.roles.isMentor, onMentorHome: true },
  { id: 'become-mentor', label: 'tabBecomeMentor', shownTo: (user) => !user.roles.isMentor },
  { id: 'employer', label: 'tabEmployer', shownTo: (user) => user.roles.isEmployer, onMentorHome: true },
  { id: 'admin', label: 'tabAdmin', shownTo: (user) => user.roles.isAdmin, onMentorHome: true },
  { id: 'settings', label: 'tabSettings', shownTo: () => true, onMentorHome: true },
];

/** The sections `user` sees; a mentor-only member (home: the dashboard) sees the dashboard first. */
export function visibleTabs(user: Me): HubTabSpec[] {
  const mentorHome = user.home === 'mentor-dashboard';
  return hubTabs.filter((tab) => tab.shownTo(user) && (!mentorHome || tab.onMentorHome));
}
