import { MentorSignIn } from './mentor-sign-in.component.js';

export { MentorSignIn };
MentorSignIn.define('mentor-sign-in');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-sign-in': MentorSignIn;
  }
}
