import '../mentor-sign-in/mentor-sign-in.js';
import { MentorAdminApplications } from './admin-applications.component.js';
import { MentorAdminMembers } from './admin-members.component.js';
import { MentorAdminSettings } from './admin-settings.component.js';
import { MentorAdmin } from './mentor-admin.component.js';

export { MentorAdmin, MentorAdminApplications, MentorAdminMembers, MentorAdminSettings };
MentorAdminApplications.define('mentor-admin-applications');
MentorAdminMembers.define('mentor-admin-members');
MentorAdminSettings.define('mentor-admin-settings');
MentorAdmin.define('mentor-admin');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-admin': MentorAdmin;
    'mentor-admin-applications': MentorAdminApplications;
    'mentor-admin-members': MentorAdminMembers;
    'mentor-admin-settings': MentorAdminSettings;
  }
}
