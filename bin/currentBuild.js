// Whether the compiled server in dist/server/ (decision 024) is current. Plain JavaScript: bin/solmu.js asks this
// before it knows whether it will need the TypeScript loader.
import fs from "node:fs";
import path from "node:path";

/** The server build's record of its inputs, next to the bundle. */
export const INPUTS_FILE = "inputs.json";

/**
 * True when `dir` holds a server build and every file it was built from still has the modification time and size it
 * had then: an edit, a `git pull` or a checkout changes one of them, a deleted file fails its stat, and a file the
 * build does not use (a test, a document) does not matter. Costs one stat call per source file, a few milliseconds.
 */
export function isCurrent(dir, root) {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(dir, INPUTS_FILE), "utf8"));
  } catch {
    return false;
  }
  return inputs.files.every(([file, mtimeMs, size]) => {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs === mtimeMs && stat.size === size;
  });
}
