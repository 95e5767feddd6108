import { MentorNotificationSettings } from './notification-settings.component.js';

// Registers <mentor-notification-settings>. The hub imports this file only when its Settings tab opens,
// so the settings code and texts stay out of the hub's (and the CDN bundle's) first load.
export { MentorNotificationSettings };
MentorNotificationSettings.define('mentor-notification-settings');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-notification-settings': MentorNotificationSettings;
  }
}
