/**
 * Where to go after signing in: `next` from the page address, resolved against this origin and
 * followed only when it stays on it (`/\evil.example`, `//evil.example` and absolute URLs elsewhere
 * resolve to another origin and are ignored).
 * @param {string | null} next
 * @param {string} origin this page's origin, e.g. location.origin
 * @returns {string} a same-origin path, query and fragment
 */
export function safeNext(next, origin, fallback = '/members.html') {
  if (!next) return fallback;
  let url;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  return url.origin === origin ? url.pathname + url.search + url.hash : fallback;
}
