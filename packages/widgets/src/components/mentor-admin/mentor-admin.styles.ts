import { css } from 'lit';

/** Layout of `<mentor-admin>` and its sections. */
export const adminStyles = css`
  figure {
    margin: 0 0 var(--_spacing);
  }
  input[type='color'] {
    height: 2.5rem;
    padding: 0.125rem;
    cursor: pointer;
  }
  .chart {
    display: flex;
    align-items: stretch;
    gap: 0.25rem;
    height: 11rem;
    max-width: 40rem;
  }
  .bar-column {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
  }
  .bar {
    width: 70%;
    min-height: 1px;
    background: var(--_accent);
    border-radius: 3px 3px 0 0;
  }
  .bar-value {
    font-size: 0.75rem;
    font-weight: 600;
  }
  .bar-label {
    font-size: 0.6875rem;
    color: var(--_text-muted);
    white-space: nowrap;
    margin-top: 0.25rem;
  }
  .tag-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    padding: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .card h4 {
    margin: 0 0 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
    align-items: center;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem 0.375rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  th {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .report {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 0 0 var(--_spacing);
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .checks label,
  label.inline {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
  }
  .preview {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    padding: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .preview .sample {
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    font-weight: 600;
    color: #fff;
  }
  pre {
    margin: 0;
    padding: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-x: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .snippet {
    margin-bottom: var(--_spacing);
  }
  .snippet-head {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.25rem;
  }
  @media (max-width: 480px) {
    thead {
      display: none;
    }
    tr {
      display: block;
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }
    td {
      display: block;
      border: 0;
      padding: 0.125rem 0;
    }
  }
`;

/** A text that looks like a form label but names a group rather than one control. */
export const labelStyles = css`
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
`;
