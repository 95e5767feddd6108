import { MentorApply } from './mentor-apply.component.js';

export { MentorApply };
MentorApply.define('mentor-apply');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-apply': MentorApply;
  }
}
