import { css } from 'lit';

export const profileStyles = css`
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mentor-spacing);
    align-items: center;
    margin-bottom: var(--mentor-spacing);
  }
  .photo {
    width: 96px;
    height: 96px;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--mentor-accent);
    color: var(--mentor-accent-contrast);
    font-size: 2rem;
    font-weight: 700;
  }
  .who {
    flex: 1 1 14rem;
  }
  .who p {
    margin: 0.125rem 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-weight: 600;
  }
  section {
    margin-bottom: var(--mentor-spacing);
  }
  h3 {
    font-size: 1.0625rem;
  }
  .bio {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .slots {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .reviews {
    list-style: none;
    padding: 0;
  }
  .reviews li {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--mentor-border);
  }
  .review-text {
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: var(--mentor-spacing);
    border: 1px solid var(--mentor-border);
    border-radius: var(--mentor-radius);
    background: var(--mentor-bg);
    color: var(--mentor-text);
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 0.55);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
`;
