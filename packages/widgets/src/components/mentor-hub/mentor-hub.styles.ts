import { css } from 'lit';

/** Layout of `<mentor-hub>`. */
export const hubStyles = css`
  .header {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5rem;
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
