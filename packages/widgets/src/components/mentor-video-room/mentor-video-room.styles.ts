import { css } from 'lit';

/** The room: pre-join card, the video stage with its badges, the control bar and the side panel. */
export const videoRoomStyles = css`
  :host {
    container-type: inline-size;
    --_stage: var(--mentor-room-stage, #0b1020);
  }
  .room {
    display: block;
  }
  video {
    display: block;
    background: var(--_stage);
  }
  video[hidden] {
    display: none;
  }
  .mirror {
    transform: scaleX(-1);
  }
  .prejoin {
    display: grid;
    gap: var(--_spacing, 1rem);
  }
  .preview-box {
    position: relative;
  }
  .preview {
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .placeholder,
  .remote-placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    background: var(--_stage);
    color: #e2e8f0;
    overflow-wrap: anywhere;
    text-align: center;
    padding: 1rem;
  }
  .meter-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .meter {
    flex: 1;
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  .meter span {
    display: block;
    height: 100%;
    width: 0;
    background: var(--_success);
    transition: width 80ms linear;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
    margin-bottom: 0.5rem;
  }
  .name,
  .who,
  .text {
    overflow-wrap: anywhere;
  }
  .join {
    width: 100%;
    margin-top: 0.5rem;
  }
  .guidance ul {
    padding-inline-start: 1.25rem;
    margin: 0 0 0.75rem;
  }
  .call {
    display: grid;
    gap: 0.75rem;
  }
  .stage {
    position: relative;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_stage);
  }
  .remote {
    position: relative;
    aspect-ratio: 16 / 9;
  }
  .remote-video,
  .remote-placeholder {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 1.75rem;
    font-weight: 700;
  }
  .self {
    position: absolute;
    right: 0.5rem;
    bottom: 0.5rem;
    width: 28%;
    max-width: 200px;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.75);
    border: 2px solid rgb(255 255 255 / 0.7);
  }
  .badges {
    position: absolute;
    top: 0.5rem;
    left: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .badge {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: rgb(15 23 42 / 0.8);
    color: #f8fafc;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .state-reconnecting,
  .quality-poor {
    background: #92400e;
  }
  .quality-good {
    background: #166534;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.375rem;
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 44px;
    min-width: 44px;
    justify-content: center;
    padding: 0.375rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .control[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  /* The page background reads on the danger colour in both palettes (white on dark red, near-black on light red). */
  .control.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .control:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  /* Secondary controls show only their icon; the name stays for screen readers and as a tooltip. */
  .control.icon-only .control-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  kbd {
    font: inherit;
    font-size: 0.75rem;
    padding: 0 0.3rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    opacity: 0.8;
  }
  .devices {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .side {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    min-width: 0;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.75rem;
  }
  .tabs button {
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    font-weight: 600;
  }
  .tabs button[aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_accent);
  }
  .messages {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    max-height: 18rem;
    overflow-y: auto;
  }
  .message {
    margin-bottom: 0.5rem;
  }
  .message .who {
    font-weight: 600;
    margin-right: 0.5rem;
  }
  .message .text {
    margin: 0;
    white-space: pre-wrap;
  }
  .composer {
    display: flex;
    gap: 0.5rem;
  }
  @container (min-width: 640px) {
    .prejoin {
      grid-template-columns: 3fr 2fr;
      align-items: start;
    }
  }
  @container (min-width: 900px) {
    .call {
      grid-template-columns: minmax(0, 1fr) 300px;
      grid-template-areas: 'stage side' 'controls side' 'devices side';
      align-items: start;
    }
    .stage {
      grid-area: stage;
    }
    .controls {
      grid-area: controls;
    }
    .devices {
      grid-area: devices;
    }
    .side {
      grid-area: side;
    }
  }
  @container (max-width: 420px) {
    /* Touch-sized screens: shortcut hints mean nothing without a keyboard; Leave keeps its word. */
    kbd {
      display: none;
    }
    .control:not(.danger) .control-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .control {
      padding: 0.375rem 0.625rem;
    }
  }
`;
