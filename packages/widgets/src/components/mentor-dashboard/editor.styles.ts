import { css } from 'lit';

/** Forms of the availability and profile editors. */
export const editorStyles = css`
  form {
    display: block;
    /* The day rows fold by the form's own width (a narrow sidebar or a 375 px phone), not the page's. */
    container-type: inline-size;
  }
  h3 {
    margin-top: 1.25rem;
  }
  .narrow {
    max-width: 24rem;
  }
  .days {
    display: grid;
    gap: 0.5rem;
  }
  .day-row {
    display: grid;
    grid-template-columns: 8rem 1fr auto;
    gap: 0.5rem;
    /* Day name, "Not available" or the first window's times, and "Add time" share one text line. */
    align-items: baseline;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .day-name {
    font-weight: 600;
  }
  .windows {
    display: grid;
    gap: 0.375rem;
  }
  .window {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
    margin-bottom: 0.375rem;
  }
  .window input[type='time'] {
    width: 8.5rem;
  }
  .window input[type='date'] {
    width: 10.5rem;
  }
  .window input,
  .field input,
  .field select {
    max-width: 100%;
  }
  .window .row-error {
    flex-basis: 100%;
    margin: 0;
  }
  /* A wrong field is marked by more than its colour: a thicker border and the message under it. */
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .checks[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }
  .zone-check {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.625rem 0.75rem;
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
    margin: 0.5rem 0 0.75rem;
  }
  .zone-check p {
    margin: 0;
    flex: 1 1 16rem;
  }
  @container (max-width: 34rem) {
    /* Phone: the day and its "Add time" share the first line; the windows get the full width below. */
    .day-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .day-row .windows {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    /* The two times share the line (each as wide as "12:00 PM" needs); "Remove" wraps under them. */
    .window input[type='time'] {
      flex: 1 1 0;
      min-width: 7.75rem;
      max-width: 9.5rem;
      width: auto;
      padding-inline: 0.375rem;
    }
  }
  .button.small {
    padding: 0.25rem 0.625rem;
    font-size: 0.875em;
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
    margin-right: 1rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0.5rem 0 0;
  }
  fieldset[disabled] {
    opacity: 0.65;
  }
  legend {
    font-weight: 600;
  }
  .checks {
    margin-bottom: 0.75rem;
  }
  .checks .field-error {
    flex-basis: 100%;
  }
  .rule-grid,
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: 0 1rem;
    /* A label on two lines (Spanish is longer) must not push its input below its neighbours'. */
    align-items: end;
  }
  .save-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1rem;
  }
  .save-row p {
    margin: 0;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  .stale {
    padding: 0.75rem;
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
    margin-bottom: 1rem;
  }
  .photo {
    display: flex;
    gap: 1rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .photo img {
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: 50%;
    border: 1px solid var(--_border);
  }
  textarea {
    resize: vertical;
  }
`;
