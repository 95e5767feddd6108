import { css } from 'lit';

/** Layout of `<mentor-apply>`. */
export const applyStyles = css`
  form {
    max-width: 40rem;
  }
  .tag-list {
    list-style: none;
    padding: 0;
    margin: 0 0 0.375rem;
    display: flex;
    flex-wrap: wrap;
  }
  .tag-list .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.875em;
  }
  .remove-tag {
    border: 0;
    background: transparent;
    cursor: pointer;
    font-size: 1.125em;
    line-height: 1;
    padding: 0 0.125rem;
    color: var(--_text-muted);
  }
  .tag-entry,
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .row > .field {
    flex: 1;
  }
  fieldset.languages {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  fieldset.languages[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
    margin: 0;
  }
  .check input {
    width: auto;
  }
`;
