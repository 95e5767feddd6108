import { MentorDirectory } from './mentor-directory.component.js';

export { MentorDirectory };
MentorDirectory.define('mentor-directory');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-directory': MentorDirectory;
  }
}
