import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

/** Base layout, form controls, buttons and state blocks shared by every element. */
export const sharedStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
      background: var(--_bg);
      /* Member text (names, titles, tags, messages) can hold 60-character words: never let one widen the page. */
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2,
    h3,
    h4 {
      margin: 0 0 0.5rem;
      line-height: 1.25;
    }
    p {
      margin: 0 0 0.75rem;
    }
    a {
      color: var(--_accent);
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }
    input,
    select,
    textarea {
      width: 100%;
      padding: 0.5rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_bg);
    }
    input[type='checkbox'] {
      width: auto;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .field {
      margin-bottom: 0.875rem;
    }
    .hint {
      color: var(--_text-muted);
      font-size: 0.875em;
      font-weight: 400;
    }
    .field-error {
      color: var(--_danger);
      font-size: 0.875em;
      margin-top: 0.25rem;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    button {
      /* Labels are ours, not member text: never split a word inside a button ("Searc|h"). */
      overflow-wrap: normal;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.375rem;
      padding: 0.5rem 1rem;
      border-radius: var(--_radius);
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-contrast);
      font-weight: 600;
      cursor: pointer;
      text-decoration: none;
    }
    .button.secondary {
      background: transparent;
      color: var(--_accent);
    }
    .button.link {
      border-color: transparent;
      background: transparent;
      color: var(--_accent);
      padding-inline: 0.25rem;
      text-decoration: underline;
    }
    .button[disabled] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    :focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
      border-color: var(--_accent);
    }
    .state {
      padding: var(--_spacing);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .state.error {
      border-left: 4px solid var(--_danger);
    }
    .state.success {
      border-left: 4px solid var(--_success);
    }
    .muted {
      color: var(--_text-muted);
    }
    .tag {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      border: 1px solid var(--_border);
      font-size: 0.8125em;
      margin: 0 0.25rem 0.25rem 0;
    }
    /* Every dialog (ModalDialog): a themed box over a dimmed page; elements set only its size. */
    dialog {
      padding: var(--_spacing);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
    }
    dialog::backdrop {
      background: rgb(15 23 42 / 0.55);
    }
    dialog .dialog-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
    }
    /* The "Message" buttons' dialog (MessageLauncher), in any element that has one. */
    dialog.messages-dialog {
      width: min(56rem, calc(100vw - 1rem));
      max-height: calc(100vh - 2rem);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
