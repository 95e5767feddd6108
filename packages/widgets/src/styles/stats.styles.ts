import { css } from 'lit';

/**
 * Figure cards (`<dl class="stats">` of `<div class="stat"><dt>…<dd>…`): the admin's, the mentor's and
 * the mentee's dashboard numbers. Cards are at least `--_stat-min` wide (9rem unless an element sets it),
 * never wider than their container (one column on a narrow screen, not cards wider than it).
 */
export const statStyles = css`
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_stat-min, 9rem), 100%), 1fr));
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
`;
