import type { MeetingPlatform } from './schemas/session.js';

export interface MeetingLink {
  url: string;
  platform: MeetingPlatform;
}

const platforms: [MeetingPlatform, RegExp][] = [
  ['zoom', /(^|\.)zoom\.us$|(^|\.)zoomgov\.com$/],
  ['google_meet', /^meet\.google\.com$/],
  ['teams', /^teams\.microsoft\.com$|^teams\.live\.com$|(^|\.)teams\.microsoft\.us$/],
];

/** The platform a meeting host belongs to, by host name (SPEC S4). */
export function detectMeetingPlatform(host: string): MeetingPlatform {
  const name = host.toLowerCase().replace(/\.$/, '');
  return platforms.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}

/**
 * Checks an external meeting link: an absolute `https://` URL with a host and no user name or password.
 * Anything else (`http:`, `javascript:`, `data:`, relative links) is refused.
 *
 * @param input - the link as typed
 * @returns the normalized link and its platform, or an error message
 * @example parseMeetingLink('https://us02web.zoom.us/j/123') // { ok: true, link: { url: '…', platform: 'zoom' } }
 */
export function parseMeetingLink(input: string): { ok: true; link: MeetingLink } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Expected an absolute https:// link, like "https://meet.google.com/abc-defg-hij"' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: `Only https:// meeting links are accepted, not ${url.protocol}` };
  if (!url.hostname || !url.hostname.includes('.')) return { ok: false, message: 'Expected a link with a real host name' };
  if (url.username || url.password) return { ok: false, message: 'Meeting links may not carry a user name or password' };
  return { ok: true, link: { url: url.href, platform: detectMeetingPlatform(url.hostname) } };
}
