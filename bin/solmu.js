#!/usr/bin/env node
// The `solmu` command: runs the TypeScript sources through tsx's loader, so there is no separate server build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
