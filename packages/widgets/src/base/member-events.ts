import type { MentorProfile, Mentorship } from '@mentorkit/core';
import { MentorEvent } from './events.js';

// Events of the relationship and application features, apart from events.ts so elements that never
// fire them (the directory) do not carry them.

/** What happened to a mentorship in a widget (SPEC R1). */
export type MentorshipUpdateAction = 'request' | 'accept' | 'decline' | 'end';

/** A mentorship was requested, answered or ended; `detail.mentorship` is as the service now has it. */
export class MentorMentorshipUpdateEvent extends MentorEvent<{ mentorship: Mentorship; action: MentorshipUpdateAction }> {
  static readonly eventName = 'mentor-mentorship-update';
  constructor(detail: { mentorship: Mentorship; action: MentorshipUpdateAction }) {
    super(MentorMentorshipUpdateEvent.eventName, detail);
  }
}

/** A member applied to become a mentor (SPEC C7); `detail.profile.status` is `pending` or, under auto-approval, `approved`. */
export class MentorApplicationSubmitEvent extends MentorEvent<{ profile: MentorProfile }> {
  static readonly eventName = 'mentor-application-submit';
  constructor(detail: { profile: MentorProfile }) {
    super(MentorApplicationSubmitEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-mentorship-update': MentorMentorshipUpdateEvent;
    'mentor-application-submit': MentorApplicationSubmitEvent;
  }
}
