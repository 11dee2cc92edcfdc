// "@pms-kit/sandbox/server": the sandbox on its own, with its pages (react-dom/server) and node:http.
export { serveSandbox, type ServeOptions, type ServedSandbox } from "./serve";
export { serveHandler, type RunningServer } from "./server";
export { sandboxHandler, type ConsoleAccess } from "./web/router";
