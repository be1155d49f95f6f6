export const INPUTS_FILE: string;
/** What dist/server/inputs.json holds: each input's path from the project root, modification time (ms) and size. */
export interface Inputs {
  files: Array<[file: string, mtimeMs: number, size: number]>;
}
export function isCurrent(dir: string, root: string): boolean;
