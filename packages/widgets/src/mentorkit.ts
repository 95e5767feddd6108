// The one-file CDN bundle: registers every element and exposes `window.MentorKit`.
//   <script type="module" src="https://mentors.example.org/mentorkit/mentorkit.js"></script>
// The service it was loaded from is the default `apiBase`.
import { createClient } from '@mentorkit/sdk';
import { configure, setDefaultApiBase } from './base/config.js';
import './components/mentor-sign-in/mentor-sign-in.js';
import './components/mentor-directory/mentor-directory.js';
import './components/mentor-profile/mentor-profile.js';
import './components/mentor-booking-calendar/mentor-booking-calendar.js';
import './components/mentor-session-list/mentor-session-list.js';
import './components/mentor-dashboard/mentor-dashboard.js';
import './components/mentor-hub/mentor-hub.js';
import { defineOnFirstUse } from './base/define-on-first-use.js';

// Elements few pages use load when their tag first appears (lazy chunks next to this file).
defineOnFirstUse({
  'mentor-relationships': () => import('./components/mentor-relationships/mentor-relationships.js'),
  'mentor-apply': () => import('./components/mentor-apply/mentor-apply.js'),
  'mentor-admin': () => import('./components/mentor-admin/mentor-admin.js'),
  'mentor-employer': () => import('./components/mentor-employer/mentor-employer.js'),
});

setDefaultApiBase(new URL(import.meta.url).origin);

/** The page-wide API of the CDN bundle. */
export const MentorKit = { configure, createClient, version: '0.1.0' };
(globalThis as { MentorKit?: typeof MentorKit }).MentorKit = MentorKit;

export { configure, createClient };
