import { css } from 'lit';

/** Layout of `<mentor-hub>`. */
export const hubStyles = css`
  /* A surface of its own on any host page (beige, dark, patterned): padded, rounded. */
  :host {
    padding: var(--_spacing);
    border-radius: var(--_radius);
  }
  .header {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 0.5rem;
  }
  .count {
    display: inline-block;
    min-width: 1.25rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  .header mentor-sign-in {
    max-width: none;
    background: transparent;
  }
  .header mentor-sign-in::part(base) {
    max-width: none;
    padding: 0.25rem 0;
    border: 0;
    background: transparent;
    gap: 0.75rem;
  }
  mentor-profile,
  mentor-booking-calendar {
    margin-top: var(--_spacing);
  }
  /* "← Back …" lines up with the text under it (a link button has a little inline padding). */
  .button.link[part='back'] {
    margin-inline-start: calc(-0.25rem - 1px);
  }
  .detail-title {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.125rem;
  }
  /* The mentee figures above the tabs: the shared cards (stats.styles.ts), a little more compact. */
  .stats {
    gap: 0.5rem;
  }
  .stat {
    padding: 0.5rem 0.75rem;
  }
  .stat dd {
    margin: 0;
    font-size: 1.375em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .mentor .name {
    overflow-wrap: anywhere;
    font-size: 1.0625rem;
    font-weight: 700;
    padding: 0;
    text-align: start;
  }
  @media (max-width: 30rem) {
    .stats {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .mentors {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .mentor {
    padding: var(--_spacing);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .badge {
    font-size: 0.75em;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_success);
    color: var(--_success);
    border-radius: 999px;
    vertical-align: middle;
  }
`;
