import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";

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
        // Each catalogue (src/i18n/locales/<lang>/<namespace>.json) is a chunk of its own, named for what it holds.
        chunkFileNames: (chunk) => {
          const catalogue = chunk.facadeModuleId?.match(/i18n\/locales\/(\w+)\/(\w+)\.json$/);
          return catalogue ? `assets/i18n-${catalogue[1]}-${catalogue[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
