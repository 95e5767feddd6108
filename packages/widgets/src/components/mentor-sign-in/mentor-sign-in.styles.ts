import { css } from 'lit';

export const signInStyles = css`
  :host {
    max-width: 28rem;
  }
  [part='base'] {
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
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
