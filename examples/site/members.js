// Hosts can react to what members do, e.g. for analytics.
document.addEventListener('mentor-session-create', (e) => console.info('booked', e.detail.session.id));
document.addEventListener('mentor-session-update', (e) => console.info('session', e.detail.action, e.detail.session.status));
