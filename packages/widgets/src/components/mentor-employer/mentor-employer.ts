import '../mentor-sign-in/mentor-sign-in.js';
import '../mentor-session-list/mentor-session-list.js';
import { MentorEmployer } from './mentor-employer.component.js';

export { MentorEmployer };
MentorEmployer.define('mentor-employer');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-employer': MentorEmployer;
  }
}
