#!/usr/bin/env node
// The `solmu` command. It runs the compiled server, dist/server/ (`npm run build`; `npm start` builds it), when that
// build is current, and otherwise the TypeScript sources through tsx, so that tests, development and a checkout
// without a build work as before (decision 024). SOLMU_FROM_SOURCE=1 runs the sources even when a build is current.
import path from "node:path";
import { isCurrent } from "./currentBuild.js";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist/server");

let main;
if (process.env.SOLMU_FROM_SOURCE !== "1" && isCurrent(dist, root)) {
  ({ main } = await import("../dist/server/main.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
