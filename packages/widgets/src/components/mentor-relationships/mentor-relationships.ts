import { MentorRelationships } from './mentor-relationships.component.js';

export { MentorRelationships };
MentorRelationships.define('mentor-relationships');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-relationships': MentorRelationships;
  }
}
