// graphql-ws publishes its WebSocket adapter as a package subpath (exports); this project's module
// resolution (node10) reads files, so the subpath is mapped to the file that declares it.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
