// pusher-js's browser build (a UMD file that sets `window.Pusher`) has no type declarations of its own;
// the Chromium conformance test loads it as is.
declare module 'pusher-js/dist/web/pusher.js' {
  const module: unknown;
  export default module;
}
