// Writes web/src/api/schema.d.ts from the API's OpenAPI document; `--check` only says whether the file is current.
// Run with `npm run api:types`; `scripts/api-types.test.ts` fails while the file is stale.
import fs from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { apiDocument } from "../src/http/api.ts";

register("./typescript5.mjs", import.meta.url);
const { default: openapiTS, astToString } = await import("openapi-typescript");

export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../web/src/api/schema.d.ts");

const HEADER = `// Generated from /api/openapi.json by scripts/api-types.ts (npm run api:types). Do not edit.\n\n`;

/** The generated file's text for the API as the code declares it now. */
export async function generatedSchema(): Promise<string> {
  // The document is a plain object; openapi-typescript takes it as it is.
  const ast = await openapiTS(apiDocument() as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: false,
  });
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = await generatedSchema();
  const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), SCHEMA_FILE)} is stale: run npm run api:types`);
      process.exit(1);
    }
  } else if (current !== text) {
    fs.writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}
