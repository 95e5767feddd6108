import { html, type TemplateResult } from 'lit';

const link = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/**
 * A message's text with http(s) addresses as links (opened in a new tab, no referrer, no follow);
 * every other scheme (`javascript:`, `data:`…) stays plain text. Lit text bindings keep markup inert.
 */
export function renderMessageText(text: string): TemplateResult[] {
  const parts: TemplateResult[] = [];
  let last = 0;
  for (const match of text.matchAll(link)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(html`${text.slice(last, index)}`);
    parts.push(html`<a href=${match[0]} target="_blank" rel="noopener noreferrer nofollow ugc">${match[0]}</a>`);
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(html`${text.slice(last)}`);
  return parts;
}
