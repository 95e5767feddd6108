import { css } from 'lit';

/** Layout of `<mentor-session-list>`; shared by the dashboard's lists. */
export const sessionListStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  .tabs,
  .segmented {
    display: inline-flex;
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    overflow: hidden;
  }
  .tabs button,
  .segmented button {
    border: 0;
    background: transparent;
    padding: 0.4rem 0.9rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--mentor-text);
  }
  .tabs button + button,
  .segmented button + button {
    border-left: 1px solid var(--mentor-border);
  }
  .tabs [aria-selected='true'],
  .segmented [aria-pressed='true'] {
    background: var(--mentor-accent);
    color: var(--mentor-accent-contrast);
  }
  .zone {
    font-size: 0.875em;
    margin-bottom: 0.75rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .session article {
    padding: var(--mentor-spacing);
    background: var(--mentor-surface);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    box-shadow: var(--mentor-shadow);
  }
  .session-head {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .topic {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .when {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .description,
  .review {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .review {
    margin: 0 0 0.75rem;
    padding-left: 0.75rem;
    border-left: 3px solid var(--mentor-border);
  }
  .badge {
    flex: none;
    padding: 0.125rem 0.625rem;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 700;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .status-pending {
    color: var(--mentor-warning);
  }
  .status-confirmed,
  .status-completed {
    color: var(--mentor-success);
  }
  .status-declined,
  .status-cancelled,
  .status-no_show {
    color: var(--mentor-danger);
  }
  .ending {
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--mentor-danger);
    background: var(--mentor-bg);
    overflow-wrap: anywhere;
  }
  .meeting {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .actions:empty {
    display: none;
  }
  .join {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .button.danger {
    background: var(--mentor-danger);
    border-color: var(--mentor-danger);
    color: var(--mentor-bg);
  }
  .button.danger-outline {
    color: var(--mentor-danger);
    border-color: var(--mentor-danger);
  }
  .inline-form {
    margin-top: 0.5rem;
    max-width: 32rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .stars {
    display: flex;
    gap: 0.25rem;
  }
  .star {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    cursor: pointer;
    font-weight: 400;
    margin: 0;
  }
  .star:has(input:checked) {
    border-color: var(--mentor-accent);
    box-shadow: var(--mentor-focus-ring);
  }
  .star:has(input:focus-visible) {
    outline: 2px solid var(--mentor-accent);
    outline-offset: 2px;
  }
  .star input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .rating span {
    color: var(--mentor-warning);
  }
  .load-more {
    margin-top: 0.75rem;
  }
  dialog {
    max-width: min(32rem, 92vw);
    padding: var(--mentor-spacing);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    background: var(--mentor-bg);
    color: var(--mentor-text);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 0.5);
  }
  article:focus,
  section:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 2px solid var(--mentor-accent);
  }
`;
