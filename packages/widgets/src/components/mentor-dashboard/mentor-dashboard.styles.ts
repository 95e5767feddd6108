import { css } from 'lit';

/** Layout of `<mentor-dashboard>` and its tabs. */
export const dashboardStyles = css`
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
