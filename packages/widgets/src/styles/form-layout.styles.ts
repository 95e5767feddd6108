import { css } from 'lit';

/**
 * Form layouts of the console-like elements (`<mentor-admin>` and its sections, `<mentor-employer>`):
 * `.toolbar`, a search box or file field with its button on one line that wraps on a phone, and
 * `.grid`, fields side by side that stack when narrow.
 */
export const formLayoutStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-bottom: var(--_spacing);
  }
  .toolbar .field {
    flex: 1 1 14rem;
    margin: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 1rem;
  }
`;
