import { css } from 'lit';

/**
 * Underlined tabs (`role="tablist"` with class `tabs`, as `TabsController` renders them), shared by the hub,
 * the dashboard, the admin console and the employer view: one look and one phone behaviour for all.
 */
export const tabStyles = css`
  .tabs {
    display: flex;
    /* One line that scrolls sideways on a phone, never three wrapped rows (defect 16). */
    flex-wrap: nowrap;
    overflow-x: auto;
    scrollbar-width: thin;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_border);
    margin-bottom: var(--_spacing);
  }
  .tabs [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    margin-bottom: -2px;
    background: transparent;
    padding: 0.5rem 0.875rem;
    font-weight: 600;
    cursor: pointer;
    color: var(--_text-muted);
    white-space: nowrap;
    flex: none;
  }
  .tabs [aria-selected='true'] {
    color: var(--_text);
    border-bottom-color: var(--_accent);
  }
`;
