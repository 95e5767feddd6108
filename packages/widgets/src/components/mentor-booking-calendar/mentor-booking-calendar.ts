import { MentorBookingCalendar } from './mentor-booking-calendar.component.js';

export { MentorBookingCalendar };
MentorBookingCalendar.define('mentor-booking-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-booking-calendar': MentorBookingCalendar;
  }
}
