import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { adminStrings } from './admin.strings.js';

/** Copy-paste snippets for this community (SPEC E8): the script once, then any element. */
export function embedSnippets(apiBase: string, community: string): { id: string; code: string }[] {
  const attrs = `api-base="${apiBase}" community="${community}"`;
  return [
    { id: 'script', code: `<script type="module" src="${apiBase}/mentorkit/mentorkit.js"></script>` },
    { id: 'hub', code: `<mentor-hub ${attrs}></mentor-hub>` },
    { id: 'directory', code: `<mentor-directory ${attrs}></mentor-directory>` },
    {
      id: 'mentor',
      code: `<mentor-profile ${attrs} mentor-id="MENTOR_ID"></mentor-profile>\n<mentor-booking-calendar ${attrs} mentor-id="MENTOR_ID"></mentor-booking-calendar>`,
    },
    { id: 'signIn', code: `<mentor-sign-in ${attrs}></mentor-sign-in>` },
    { id: 'admin', code: `<mentor-admin ${attrs}></mentor-admin>` },
  ];
}

const titleKey = {
  script: 'embedScript',
  hub: 'embedHub',
  directory: 'embedDirectory',
  mentor: 'embedMentor',
  signIn: 'embedSignIn',
  admin: 'embedAdmin',
} as const;

/** The snippets with a copy button each; `copied` names the one just copied. */
export function renderEmbed(
  localize: LocalizeController,
  apiBase: string,
  community: string,
  copied: string | undefined,
  copy: (id: string, code: string) => void,
): TemplateResult {
  const s = localize.strings(adminStrings);
  return html`<h3>${s.embedTitle}</h3>
    <p class="hint">${s.embedIntro}</p>
    ${embedSnippets(apiBase, community).map(
      ({ id, code }) => html`<div class="snippet" part="snippet">
        <div class="snippet-head">
          <strong id=${`snippet-${id}`}>${s[titleKey[id as keyof typeof titleKey]]}</strong>
          <button class="button secondary" type="button" aria-describedby=${`snippet-${id}`} @click=${() => copy(id, code)}>
            ${copied === id ? s.copied : s.copy}
          </button>
        </div>
        <pre><code>${code}</code></pre>
      </div>`,
    )}`;
}
