import { safeNext } from './next-target.js';

const target = safeNext(new URLSearchParams(location.search).get('next'), location.origin);
document.addEventListener('mentor-signed-in', () => location.assign(target));
