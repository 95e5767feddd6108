import { MentorSessionNotes } from './mentor-session-notes.component.js';

export { MentorSessionNotes };
MentorSessionNotes.define('mentor-session-notes');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-session-notes': MentorSessionNotes;
  }
}
