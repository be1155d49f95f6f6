// Worker threads do not inherit the main thread's tsx loader on Node 20, so the worker registers it before loading the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./snaWorker.ts");
