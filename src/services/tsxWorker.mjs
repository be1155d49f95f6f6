// The first module of a worker thread started from the TypeScript sources (startWorker in workers.ts): Node 20's
// worker threads do not inherit the main thread's tsx loader, so register it here, then load the entry. The entry's
// URL came as the first extra argument; it is taken off so the entry sees the arguments it was started with.
import { register } from "tsx/esm/api";

register();
const [entry] = process.argv.splice(2, 1);
await import(entry);
