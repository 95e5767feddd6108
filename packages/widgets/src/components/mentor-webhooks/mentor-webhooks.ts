import { MentorWebhooks } from './mentor-webhooks.component.js';

export { MentorWebhooks };
MentorWebhooks.define('mentor-webhooks');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-webhooks': MentorWebhooks;
  }
}
