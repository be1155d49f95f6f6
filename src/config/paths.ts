import fs from "node:fs";
import path from "node:path";

/**
 * The folder that holds Solmu's package.json. Found by walking up from this module rather than by a fixed `../..`,
 * because this code runs from two places: its source (src/config/, through tsx and in tests) and the compiled
 * bundle (dist/server/, decision 024), where every module of the server shares one folder.
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = projectRoot(import.meta.dirname);

/** The built web app (`vite build`). */
export const WEB_DIR = path.join(PROJECT_ROOT, "dist/web");

/** The translation catalogues, read at start by the server from the sources in both ways of running. */
export const LOCALES_DIR = path.join(PROJECT_ROOT, "src/i18n/locales");
