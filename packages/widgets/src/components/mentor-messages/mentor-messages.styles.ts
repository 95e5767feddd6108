import { css } from 'lit';

export const messagesStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 1fr) 2fr;
    gap: var(--_spacing, 1rem);
    min-height: 24rem;
  }
  .list-pane {
    border-right: 1px solid var(--_border);
    padding-right: var(--_spacing, 1rem);
    min-width: 0;
  }
  .thread-pane {
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .conversations {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .conversation {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125rem 0.5rem;
    width: 100%;
    text-align: start;
    padding: 0.625rem 0.75rem;
    border: 1px solid transparent;
    border-radius: var(--_radius, 8px);
    background: transparent;
    cursor: pointer;
  }
  .conversation:hover {
    background: var(--_surface);
  }
  .conversation[aria-current='true'] {
    background: var(--_surface);
    border-color: var(--_accent);
  }
  .conversation .who {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .conversation.unread .preview {
    color: var(--_text);
    font-weight: 600;
  }
  .conversation .preview {
    grid-column: 1 / -1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.875em;
  }
  .conversation time {
    grid-column: 1 / -1;
    font-size: 0.75em;
  }
  .badge {
    align-self: start;
    min-width: 1.5rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8125em;
    font-weight: 700;
    text-align: center;
  }
  .thread {
    display: flex;
    flex-direction: column;
    min-height: 24rem;
    max-height: 36rem;
  }
  .thread-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
    padding-bottom: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .thread-head h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .thread-head h3:focus {
    outline: none;
  }
  .back {
    display: none;
  }
  .scroller {
    flex: 1;
    overflow-y: auto;
    padding: 0.75rem 0.25rem;
  }
  .older {
    display: block;
    margin: 0 auto 0.75rem;
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .message {
    max-width: 80%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius, 8px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    align-self: flex-start;
  }
  .message.mine {
    align-self: flex-end;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .message.mine a,
  .message.mine .muted {
    color: inherit;
  }
  .message .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .message .meta {
    display: block;
    font-size: 0.75em;
    text-align: end;
  }
  .composer {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5rem;
    align-items: end;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .composer textarea {
    resize: vertical;
    min-height: 2.75rem;
  }
  .composer .hint,
  .composer .field-error {
    grid-column: 1 / -1;
    margin: 0;
  }
  .choose {
    padding: var(--_spacing, 1rem);
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    .list-pane {
      border-right: 0;
      padding-right: 0;
    }
    .layout[data-view='thread'] .list-pane,
    .layout[data-view='list'] .thread-pane {
      display: none;
    }
    .back {
      display: inline-flex;
    }
    .message {
      max-width: 90%;
    }
  }
`;
