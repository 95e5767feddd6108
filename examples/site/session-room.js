// The host page's own script (kept out of the HTML so the Content-Security-Policy needs no inline scripts).
// The list only announces Join; the host decides where the room goes. The room's code loads now.
document.addEventListener('mentor-session-join', async (event) => {
  event.preventDefault();
  await import('/mentorkit/cdn/mentor-video-room.js');
  const slot = document.getElementById('room-slot');
  slot.replaceChildren();
  const room = document.createElement('mentor-video-room');
  room.setAttribute('community', 'demo');
  room.setAttribute('session-id', event.detail.session.id);
  slot.append(room);
  room.scrollIntoView({ behavior: 'smooth' });
});
// Leaving (or a refusal) closes the room again.
document.addEventListener('mentor-room-leave', () => document.getElementById('room-slot').replaceChildren());
document.addEventListener('mentor-room-error', (event) => console.warn('room:', event.detail.code, event.detail.message));
