import { css } from 'lit';

export const directoryStyles = css`
  .search {
    display: flex;
    gap: 0.5rem;
    margin-bottom: 0.75rem;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0 0.75rem;
    align-items: end;
    border: 0;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .rate-row {
    display: flex;
    gap: 0.375rem;
  }
  .rate-row select {
    width: auto;
    flex: none;
  }
  .filters .hint {
    margin: 0.25rem 0 0;
  }
  .filters-toggle {
    display: none;
    margin-bottom: 0.5rem;
  }
  [part='base'] {
    container-type: inline-size;
  }
  /* Narrow (a phone, or a narrow column of the host page): results first; filters fold behind one button (defect 16). */
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
  }
  .checkbox {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding-bottom: 0.5rem;
  }
  .checkbox label {
    margin: 0;
  }
  .summary {
    display: flex;
    justify-content: space-between;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_spacing);
  }
  .results[aria-busy='true'] {
    opacity: 0.6;
  }
  .card {
    height: 100%;
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .card-top {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .photo {
    flex: none;
    width: 56px;
    height: 56px;
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
    font-size: 1.25rem;
  }
  .who {
    flex: 1;
    min-width: 0;
  }
  .favorite {
    flex: none;
    align-self: flex-start;
    padding: 0.25rem 0.625rem;
    font-size: 0.875em;
  }
  .favorite[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .name {
    font-size: 1.0625rem;
    margin: 0;
  }
  .card-link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 2px;
    overflow-wrap: anywhere;
  }
  .card-link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .headline {
    margin: 0;
    font-size: 0.875em;
  }
  .bio {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    font-weight: 600;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: var(--_spacing);
  }
`;
