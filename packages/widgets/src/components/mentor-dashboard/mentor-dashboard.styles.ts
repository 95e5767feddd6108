import { css } from 'lit';

/** Layout of `<mentor-dashboard>` and its tabs. */
export const dashboardStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--mentor-border);
    margin-bottom: var(--mentor-spacing);
  }
  .tabs [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    margin-bottom: -2px;
    background: transparent;
    padding: 0.5rem 0.875rem;
    font-weight: 600;
    cursor: pointer;
    color: var(--mentor-text-muted);
  }
  .tabs [aria-selected='true'] {
    color: var(--mentor-text);
    border-bottom-color: var(--mentor-accent);
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: 0.75rem;
    margin: 0 0 var(--mentor-spacing);
  }
  .stat {
    padding: 0.75rem;
    background: var(--mentor-surface);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
  }
  .stat dt {
    font-size: 0.8125em;
    color: var(--mentor-text-muted);
  }
  .stat dd {
    margin: 0.25rem 0 0;
    font-size: 1.5em;
    font-weight: 700;
    color: var(--mentor-accent);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: var(--mentor-spacing);
    align-items: start;
  }
`;
