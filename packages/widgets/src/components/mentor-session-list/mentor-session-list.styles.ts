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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .tabs button,
  .segmented button {
    border: 0;
    background: transparent;
    padding: 0.4rem 0.9rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--_text);
  }
  .tabs button + button,
  .segmented button + button {
    border-left: 1px solid var(--_border);
  }
  .tabs [aria-selected='true'],
  .segmented [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
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
    padding: var(--_spacing);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .session-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: flex-start;
  }
  .topic {
    /* The topic takes the free width, so the kind and status badges sit together on the right; on a
       phone, where less than 9rem would be left for it, the badges go under it instead. */
    flex: 1 1 9rem;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  /* The kind and status badges move together (never one beside the topic and one under it). */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
    border-left: 3px solid var(--_border);
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
    color: var(--_warning);
  }
  .status-confirmed,
  .status-completed {
    color: var(--_success);
  }
  .status-declined,
  .status-cancelled,
  .status-no_show {
    color: var(--_danger);
  }
  .ending {
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_danger);
    background: var(--_bg);
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
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .button.danger-outline {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  /* A reschedule proposal is its own block: space before the meeting link or actions under it. */
  .proposal {
    margin: 0.5rem 0 0.75rem;
    overflow-wrap: anywhere;
  }
  /* "Propose another time" lines up with the text above rather than indenting by its padding. */
  [part='reschedule-button'] {
    padding-inline: 0;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 400;
    margin: 0;
  }
  .star:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: var(--_focus-ring);
  }
  .star:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .star input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .rating span {
    color: var(--_warning);
  }
  .load-more {
    margin-top: 0.75rem;
  }
  /* The reason dialog's size and lift (its look is the shared dialog's). */
  dialog {
    max-width: min(32rem, 92vw);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.3);
  }
  dialog h2 {
    /* The title names a member ("Decline Ben Ortiz's request…"): a long name wraps. */
    overflow-wrap: anywhere;
    font-size: 1.125rem;
  }
  article:focus,
  section:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 2px solid var(--_accent);
  }
`;
