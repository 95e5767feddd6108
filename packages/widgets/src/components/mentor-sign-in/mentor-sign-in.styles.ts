import { css } from 'lit';

export const signInStyles = css`
  :host {
    max-width: 28rem;
  }
  [part='base'] {
    padding: var(--mentor-spacing);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    background: var(--mentor-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  input[name='code'] {
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
    max-width: 12rem;
  }
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .signed-in p {
    margin: 0;
  }
`;
