import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: path.join(import.meta.dirname, "web"),
  plugins: [react()],
  build: {
    outDir: path.join(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    sourcemap: true,
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
