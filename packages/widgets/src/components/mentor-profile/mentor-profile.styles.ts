import { css } from 'lit';

export const profileStyles = css`
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: center;
    margin-bottom: var(--_spacing);
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
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 2rem;
    font-weight: 700;
  }
  .who {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .badge {
    display: inline-block;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_success);
    color: var(--_success);
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.875em;
  }
  .favorite[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
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
    margin-bottom: var(--_spacing);
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
    border-bottom: 1px solid var(--_border);
  }
  .review-text {
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
  }
  /* The booking and Connect dialogs' size (their look is the shared dialog's). */
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
  }
`;
