import { css } from 'lit';

/** Layout of `<mentor-dashboard>` and its tabs. */
export const dashboardStyles = css`
  /* Seven figures: narrower cards than the admin's (see stats.styles.ts). */
  .stats {
    --_stat-min: 8rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: var(--_spacing);
    align-items: start;
  }
`;
