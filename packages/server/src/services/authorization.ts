import { MentorKitError, type Roles } from '@mentorkit/core';
import type { AuthContext } from '../context.js';

/**
 * Refuses (403 `ROLE_REQUIRED`) a member who does not hold `role` (SPEC C6). A rule of the operations,
 * so it lives with the services; the middleware only establishes who is calling.
 * @example requireRole(auth, 'isMentor', 'edit availability')
 */
export function requireRole(auth: AuthContext, role: keyof Roles, action: string): void {
  if (!auth.roles[role]) {
    const name = role.replace(/^is/, '').toLowerCase();
    throw new MentorKitError('ROLE_REQUIRED', `Only a ${name} can ${action}`);
  }
}
