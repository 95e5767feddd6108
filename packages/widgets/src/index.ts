// @mentorkit/widgets: the element classes, configuration and events. Importing this registers nothing;
// import an element's own entry (e.g. `@mentorkit/widgets/mentor-directory.js`) or the CDN bundle for that.
export { configure, pageConfiguration, type MentorKitConfig } from './base/config.js';
export { MentorElement } from './base/mentor-element.js';
export { clientContext } from './base/client-context.js';
export * from './base/events.js';
export { LocalizeController, type WidgetLocale } from './i18n/localize-controller.js';
export type { Translation } from './i18n/en.js';
export { MentorSignIn } from './components/mentor-sign-in/mentor-sign-in.component.js';
export { MentorDirectory } from './components/mentor-directory/mentor-directory.component.js';
export { MentorProfile } from './components/mentor-profile/mentor-profile.component.js';
export { MentorBookingCalendar } from './components/mentor-booking-calendar/mentor-booking-calendar.component.js';
export { MentorSessionList } from './components/mentor-session-list/mentor-session-list.component.js';
export { MentorDashboard } from './components/mentor-dashboard/mentor-dashboard.component.js';
export { MentorAvailabilityEditor } from './components/mentor-dashboard/availability-editor.component.js';
export { MentorProfileEditor } from './components/mentor-dashboard/profile-editor.component.js';
export { MentorHub } from './components/mentor-hub/mentor-hub.component.js';
export { MentorAdmin } from './components/mentor-admin/mentor-admin.component.js';
export { MentorEmployer } from './components/mentor-employer/mentor-employer.component.js';
