import { css } from 'lit';

/** Layout of `<mentor-hub>`. */
export const hubStyles = css`
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
    background: var(--mentor-accent);
    color: var(--mentor-accent-contrast);
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
    margin-top: var(--mentor-spacing);
  }
  .mentors {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .mentor {
    padding: var(--mentor-spacing);
    background: var(--mentor-surface);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
  }
  .badge {
    font-size: 0.75em;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--mentor-success);
    color: var(--mentor-success);
    border-radius: 999px;
    vertical-align: middle;
  }
`;
