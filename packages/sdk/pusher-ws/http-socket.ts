// Stands in for pusher-js's HTTP socket: only the HTTP fallback transports create one, and this build has none.
export default class HTTPSocket {
  constructor() {
    throw new Error('This pusher-js build connects over WebSocket only');
  }
}
