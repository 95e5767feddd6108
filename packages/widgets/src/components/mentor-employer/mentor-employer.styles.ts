import { css } from 'lit';

/** Layout of `<mentor-employer>`. */
export const employerStyles = css`
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .person {
    padding: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .person-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: center;
  }
  .person-head h4 {
    margin: 0;
  }
  form.invite {
    margin-top: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.875rem;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .choices label {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
    white-space: nowrap;
  }
  /* The shared input width (100%) would squeeze the radio's label to one letter per line. */
  .choices input {
    width: auto;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .open-times {
    display: grid;
    gap: 0.375rem;
    margin-bottom: 0.75rem;
  }
  .open-time-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .open-time-list .slot {
    font-weight: 500;
  }
  .open-time-list .slot[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .open-times-none {
    margin: 0 0 0.75rem;
  }
`;
