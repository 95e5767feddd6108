import { css } from 'lit';

/** Layout of `<mentor-apply>` (the pickers bring their own styles: `shared/profile-pickers.ts`). */
export const applyStyles = css`
  form {
    max-width: 40rem;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .row > .field {
    flex: 1;
    min-width: 0;
  }
`;
