import { css } from 'lit';

/** Layout of `<mentor-dashboard>` and its tabs. */
export const dashboardStyles = css`
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(8rem, 100%), 1fr));
    gap: 0.75rem;
    margin: 0 0 var(--_spacing);
  }
  .stat {
    padding: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .stat dt {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .stat dd {
    margin: 0.25rem 0 0;
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_accent);
  }
  .columns {
    display: grid;
    /* min(): on a phone one column narrower than 20rem, rather than a column wider than the screen. */
    grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
    gap: var(--_spacing);
    align-items: start;
  }
`;
