import { css, unsafeCSS } from 'lit';

/** Light defaults of every public token (`--mentor-<name>`). */
const light = {
  accent: '#4338ca',
  'accent-contrast': '#ffffff',
  bg: '#ffffff',
  surface: '#f8fafc',
  text: '#111827',
  'text-muted': '#4b5563',
  border: '#cbd5e1',
  danger: '#b91c1c',
  success: '#166534',
  warning: '#92400e',
  shadow: '0 1px 3px rgb(15 23 42 / 0.12)',
  radius: '8px',
  spacing: '1rem',
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size': '1rem',
} as const;

/** Dark defaults (WCAG AA for text on the dark surfaces); tokens not listed keep their light default. */
const dark: Partial<Record<keyof typeof light, string>> = {
  accent: '#a5b4fc',
  'accent-contrast': '#1e1b4b',
  bg: '#0f172a',
  surface: '#1e293b',
  text: '#f8fafc',
  'text-muted': '#cbd5e1',
  border: '#475569',
  danger: '#fca5a5',
  success: '#86efac',
  warning: '#fcd34d',
  shadow: '0 1px 3px rgb(0 0 0 / 0.5)',
};

/**
 * `--_x: var(--mentor-x, default)` for each token. Elements read only the private `--_x`; the public
 * `--mentor-x` is never declared here, so a value set on the page or on an outer element is inherited
 * by every nested element instead of being reset by its `:host` defaults.
 */
function privateTokens(defaults: Partial<Record<string, string>>): ReturnType<typeof unsafeCSS> {
  return unsafeCSS(
    Object.entries(defaults)
      .map(([name, value]) => `--_${name}: var(--mentor-${name}, ${value});`)
      .join('\n'),
  );
}

/**
 * Design tokens. Hosts set any `--mentor-*` property on the page, an ancestor or the element; every
 * nested MentorKit element inherits it. Dark defaults apply under `prefers-color-scheme: dark` unless
 * `theme="light"`, and always with `theme="dark"`. Both palettes meet WCAG AA contrast for text.
 */
export const themeStyles = css`
  :host {
    ${privateTokens(light)}
    --_focus-ring: var(--mentor-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${privateTokens(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${privateTokens(dark)}
      color-scheme: dark;
    }
  }
`;
