import { z } from "@hono/zod-openapi";
import type { Locale } from "../../domain/locale.ts";
import { translator } from "../../i18n/index.ts";
import type { ImportResult } from "../../services/peopleTransfer.ts";

const flag = z
  .enum(["true", "false"])
  .default("false")
  .transform((v) => v === "true");

export const ImportQuery = z.object({
  dryRun: flag.openapi({ description: "Only report what would happen" }),
  onlyValid: flag.openapi({ description: "Import the good rows even if some rows are bad" }),
});

export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    written: z.boolean(),
    delimiter: z.enum([",", ";"]),
    mapping: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
    totalRows: z.number(),
    created: z.number(),
    updated: z.number(),
    invited: z.number().openapi({
      description: "People whose account another network lists or who sign in themselves: invited to join, never added or changed",
    }),
    errors: z.array(
      z.object({
        row: z.number().openapi({ description: "Line number in the file (the header is line 1)" }),
        column: z.string(),
        code: z.string(),
        message: z.string(),
      }),
    ),
  })
  .openapi("ImportResult");

/** A missing column is named by its field code; say it in the user's words, as the export's headers do. */
function columnNamed(params: Record<string, string | number> | undefined, t = translator("fi")) {
  if (!params || typeof params.column !== "string") return params;
  return { ...params, column: t(`people.export.${params.column}`, { defaultValue: params.column }) };
}

/** An import result with each problem's message in the user's language. */
export function localiseImport<F extends string>(r: ImportResult<F | null>, locale: Locale) {
  const t = translator(locale);
  return {
    ...r,
    mapping: r.mapping.map((m) => ({ header: m.header, field: m.field })),
    errors: r.errors.map((e) => ({
      row: e.row,
      column: e.column,
      code: e.message.key,
      message: t(e.message.key, columnNamed(e.message.params, t)),
    })),
  };
}
