// pusher-js's browser build (a UMD file) has no type declarations of its own; realtime.ts reads it untyped.
declare module 'pusher-js/dist/web/pusher.js' {
  const module: unknown;
  export default module;
}
