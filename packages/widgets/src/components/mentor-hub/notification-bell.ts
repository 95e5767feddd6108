import { MentorNotificationBell } from './notification-bell.component.js';

export { MentorNotificationBell };
MentorNotificationBell.define('mentor-notification-bell');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-notification-bell': MentorNotificationBell;
  }
}
