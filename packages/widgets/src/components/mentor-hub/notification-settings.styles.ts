import { css } from 'lit';

/** Layout of `<mentor-notification-settings>`: two blocks that stack on narrow screens. */
export const settingsStyles = css`
  :host {
    container-type: inline-size;
  }
  .settings {
    display: grid;
    gap: calc(var(--_spacing, 1rem) * 1.5);
  }
  form,
  .feed {
    padding: var(--_spacing, 1rem);
    border: 1px solid var(--_border, #cbd5e1);
    border-radius: var(--_radius, 8px);
    background: var(--_surface, #f8fafc);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
  }
  .switch {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    margin-bottom: 0.75rem;
  }
  .switch input {
    margin-top: 0.3rem;
    width: 1.125rem;
    height: 1.125rem;
    flex: none;
    accent-color: var(--_accent, #4338ca);
  }
  .switch label {
    margin: 0;
  }
  .switch .hint {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .confirm {
    margin-top: 0.75rem;
    padding: 0.75rem;
    border-left: 4px solid var(--_warning, #92400e);
    background: var(--_bg, #ffffff);
    border-radius: calc(var(--_radius, 8px) * 0.75);
  }
  .confirm .button {
    margin: 0 0.5rem 0.5rem 0;
  }
  #feed-url {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.875em;
  }
  .status {
    margin: 0.75rem 0 0;
  }
  .status.idle {
    margin: 0;
  }
  [data-action='device-zone'] {
    margin-top: 0.25rem;
    padding-inline: 0;
    justify-content: flex-start;
    text-align: start;
  }
  .status.ok {
    color: var(--_success, #166534);
  }
  .status.bad {
    color: var(--_danger, #b91c1c);
  }
  @container (min-width: 860px) {
    .settings {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }
`;
