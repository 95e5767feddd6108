import { MentorProfile } from './mentor-profile.component.js';

export { MentorProfile };
MentorProfile.define('mentor-profile');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-profile': MentorProfile;
  }
}
