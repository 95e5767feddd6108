import { css } from 'lit';

/** Layout of `<mentor-webhooks>`: endpoint cards, the one-time secret, deliveries and the add form. */
export const webhooksStyles = css`
  .list,
  .deliveries {
    list-style: none;
    margin: 0 0 1.25rem;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .endpoint article,
  .add {
    padding: var(--_spacing, 1rem);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .endpoint-head,
  .delivery-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .url {
    margin: 0;
    font-size: 1em;
    min-width: 0;
    flex: 1 1 14rem;
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  /* Member- and admin-written text never widens the page. */
  .url,
  .description,
  .events-line,
  .error-text,
  .secret input {
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0.25rem 0;
  }
  .small {
    font-size: 0.875em;
    margin: 0.25rem 0;
  }
  .badge {
    flex: none;
    padding: 0.125rem 0.625rem;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 700;
    border: 1px solid currentColor;
    max-width: 100%;
  }
  .tone-ok,
  .delivery-succeeded {
    color: var(--_success);
  }
  .tone-warn,
  .delivery-pending {
    color: var(--_warning);
  }
  .tone-bad,
  .delivery-failed,
  .delivery-cancelled,
  .error-text,
  .danger-text {
    color: var(--_danger);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .button.secondary.danger-text {
    border-color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .actions .button {
    padding: 0.375rem 0.75rem;
    font-size: 0.9375em;
  }
  .actions .button[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .confirm-text {
    margin: 0;
    flex-basis: 100%;
    font-weight: 600;
  }
  .secret {
    margin: 0.75rem 0 0.25rem;
    padding: 0.75rem;
    border-left: 4px solid var(--_warning);
    background: var(--_bg);
  }
  .secret-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .secret-row input {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .deliveries-panel {
    margin-top: 0.75rem;
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  .deliveries {
    margin: 0;
  }
  .delivery {
    padding-bottom: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .small-button {
    padding: 0.25rem 0.75rem;
    font-size: 0.875em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.875rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
    margin: 0.125rem 0;
  }
  .event-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0 1rem;
    margin-top: 0.25rem;
  }
  h3 {
    font-size: 1.05em;
  }
`;
