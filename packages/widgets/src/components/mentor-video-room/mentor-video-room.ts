import { MentorVideoRoom } from './mentor-video-room.component.js';

export { MentorVideoRoom };
MentorVideoRoom.define('mentor-video-room');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-video-room': MentorVideoRoom;
  }
}
