import { css } from 'lit';

export const bookingStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    justify-content: space-between;
    margin-bottom: 0.75rem;
  }
  .toolbar .field {
    margin: 0;
    min-width: 8rem;
  }
  .week-nav {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .days {
    display: grid;
    gap: 0.75rem;
    margin-bottom: var(--_spacing);
    max-height: 22rem;
    overflow: auto;
  }
  .day h3 {
    font-size: 0.9375rem;
    margin-bottom: 0.25rem;
  }
  .day-slots {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .slot {
    padding: 0.375rem 0.625rem;
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .slot[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .cost {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_warning);
    color: var(--_warning);
    font-weight: 700;
    font-size: 0.875em;
  }
`;
