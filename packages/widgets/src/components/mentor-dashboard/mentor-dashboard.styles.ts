import { css } from 'lit';

/** Layout of `<mentor-dashboard>` and its tabs. */
export const dashboardStyles = css`
  /* Seven figures: narrower cards than the admin's (see stats.styles.ts). */
  .stats {
    --_stat-min: 8rem;
  }
  .columns {
    display: grid;
    /* min(): on a phone one column narrower than 20rem, rather than a column wider than the screen. */
    grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
    gap: var(--_spacing);
    align-items: start;
  }
`;
