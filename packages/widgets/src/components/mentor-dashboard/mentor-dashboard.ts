import '../mentor-sign-in/mentor-sign-in.js';
import '../mentor-session-list/mentor-session-list.js';
import { MentorAvailabilityEditor } from './availability-editor.component.js';
import { MentorDashboard } from './mentor-dashboard.component.js';
import { MentorProfileEditor } from './profile-editor.component.js';

export { MentorAvailabilityEditor, MentorDashboard, MentorProfileEditor };
MentorAvailabilityEditor.define('mentor-availability-editor');
MentorProfileEditor.define('mentor-profile-editor');
MentorDashboard.define('mentor-dashboard');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-dashboard': MentorDashboard;
    'mentor-availability-editor': MentorAvailabilityEditor;
    'mentor-profile-editor': MentorProfileEditor;
  }
}
