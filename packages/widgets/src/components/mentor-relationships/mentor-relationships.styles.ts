import { css } from 'lit';

/** Layout of `<mentor-relationships>`. */
export const relationshipsStyles = css`
  section + section {
    margin-top: var(--_spacing);
  }
  h3 {
    font-size: 1.0625rem;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .item {
    padding: var(--_spacing);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .item p {
    margin: 0.125rem 0;
  }
  .name {
    font-size: 1rem;
  }
  .badge {
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_text-muted);
    color: var(--_text-muted);
    border-radius: 999px;
    vertical-align: middle;
    white-space: nowrap;
  }
  .badge[data-status='accepted'] {
    border-color: var(--_success);
    color: var(--_success);
  }
  .badge[data-status='pending'] {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .message {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_accent);
    white-space: pre-line;
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .confirm p {
    flex-basis: 100%;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .notice:empty {
    display: none;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_success);
    background: var(--_surface);
  }
`;
