import { css } from 'lit';

/** The dark palette, used by `theme="dark"` and by the system's dark preference. */
const darkPalette = css`
  --mentor-accent: #a5b4fc;
  --mentor-accent-contrast: #1e1b4b;
  --mentor-bg: #0f172a;
  --mentor-surface: #1e293b;
  --mentor-text: #f8fafc;
  --mentor-text-muted: #cbd5e1;
  --mentor-border: #475569;
  --mentor-danger: #fca5a5;
  --mentor-success: #86efac;
  --mentor-warning: #fcd34d;
  --mentor-shadow: 0 1px 3px rgb(0 0 0 / 0.5);
  color-scheme: dark;
`;

/**
 * Design tokens. Hosts override any `--mentor-*` property on the element or an ancestor (outer styles
 * win over `:host`). Dark values apply under `prefers-color-scheme: dark` unless `theme="light"`, and
 * always with `theme="dark"`. Both palettes meet WCAG AA contrast for text.
 */
export const themeStyles = css`
  :host {
    --mentor-accent: #4338ca;
    --mentor-accent-contrast: #ffffff;
    --mentor-bg: #ffffff;
    --mentor-surface: #f8fafc;
    --mentor-text: #111827;
    --mentor-text-muted: #4b5563;
    --mentor-border: #cbd5e1;
    --mentor-danger: #b91c1c;
    --mentor-success: #166534;
    --mentor-warning: #92400e;
    --mentor-focus-ring: 0 0 0 3px color-mix(in srgb, var(--mentor-accent) 45%, transparent);
    --mentor-radius: 8px;
    --mentor-spacing: 1rem;
    --mentor-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --mentor-font-size: 1rem;
    --mentor-shadow: 0 1px 3px rgb(15 23 42 / 0.12);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
`;
