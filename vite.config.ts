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
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
