import { MentorMessages } from './mentor-messages.component.js';

export { MentorMessages };
MentorMessages.define('mentor-messages');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-messages': MentorMessages;
  }
}
