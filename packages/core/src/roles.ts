/** What a member may do, derived from the roster (SPEC C2) and the community's admin flag. */
export interface Roles {
  isMentor: boolean;
  isMentee: boolean;
  isEmployer: boolean;
  isAdmin: boolean;
}

/** The landing view of `<mentor-hub>` and `getMe` (SPEC C6). */
export type HomeView = 'mentor-dashboard' | 'mentorship-hub';

/**
 * Role detection from a free-text membership type (SPEC C2), case-insensitive:
 * contains "mentor" → mentor; contains "mentee" or equals "student" → mentee; both can hold;
 * contains "employer" → employer; none of these → mentee.
 * @example detectRoles('Mentor & Mentee') // { isMentor: true, isMentee: true, isEmployer: false }
 */
export function detectRoles(membershipType: string | undefined | null): Omit<Roles, 'isAdmin'> {
  const type = (membershipType ?? '').trim().toLowerCase();
  const isMentor = type.includes('mentor');
  const isMentee = type.includes('mentee') || type === 'student';
  const isEmployer = type.includes('employer');
  if (!isMentor && !isMentee && !isEmployer) return { isMentor: false, isMentee: true, isEmployer: false };
  return { isMentor, isMentee, isEmployer };
}

/** Mentor only → mentor dashboard; mentee, both or neither → mentorship hub (SPEC C6). */
export function homeView(roles: Pick<Roles, 'isMentor' | 'isMentee'>): HomeView {
  return roles.isMentor && !roles.isMentee ? 'mentor-dashboard' : 'mentorship-hub';
}
