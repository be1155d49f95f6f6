import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";
import { SHELL_NAMESPACES } from "./src/i18n/namespaces.ts";

const shell = new Set<string>(SHELL_NAMESPACES);
const catalogueOf = (id: string) => {
  const m = id.match(/i18n\/locales\/(\w+)\/(\w+)\.json$/);
  return m ? { lang: m[1] ?? "", namespace: m[2] ?? "" } : null;
};

export default defineConfig({
  root: path.join(import.meta.dirname, "web"),
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    // Source maps are for developers, not the public: `SOLMU_SOURCEMAPS=1 npm run build` writes them beside the
    // files without a sourceMappingURL comment, and the server never sends a .map (src/http/web.ts).
    sourcemap: process.env.SOLMU_SOURCEMAPS === "1" ? "hidden" : false,
    rolldownOptions: {
      output: {
        // The shell's catalogues of each language (src/i18n/locales/<lang>/<namespace>.json) come as one chunk,
        // i18n-<lang>-shell, that the server preloads with index.html (src/http/web.ts); every other catalogue is a
        // chunk of its own, named for what it holds, and comes with the page that needs it.
        codeSplitting: {
          groups: [
            {
              name: (id) => {
                const catalogue = catalogueOf(id);
                return catalogue && shell.has(catalogue.namespace) ? `i18n-${catalogue.lang}-shell` : null;
              },
            },
          ],
        },
        chunkFileNames: (chunk) => {
          if (chunk.name.startsWith("i18n-")) return "assets/[name]-[hash].js";
          const catalogue = catalogueOf(chunk.facadeModuleId ?? "");
          return catalogue ? `assets/i18n-${catalogue.lang}-${catalogue.namespace}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
