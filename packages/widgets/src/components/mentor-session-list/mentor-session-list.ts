import { MentorSessionList } from './mentor-session-list.component.js';

export { MentorSessionList };
MentorSessionList.define('mentor-session-list');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-session-list': MentorSessionList;
  }
}
