import '../mentor-sign-in/mentor-sign-in.js';
import '../mentor-directory/mentor-directory.js';
import '../mentor-profile/mentor-profile.js';
import '../mentor-booking-calendar/mentor-booking-calendar.js';
import '../mentor-session-list/mentor-session-list.js';
import '../mentor-dashboard/mentor-dashboard.js';
import { MentorHub } from './mentor-hub.component.js';

export { MentorHub };
MentorHub.define('mentor-hub');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-hub': MentorHub;
  }
}
