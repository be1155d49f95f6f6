import { z } from "@hono/zod-openapi";
import type { Locale } from "../../domain/locale.ts";
import { TEXT_ENCODINGS } from "../../domain/textEncoding.ts";
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

export const PeopleImportQuery = ImportQuery.extend({
  createOrganisations: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true")
    .openapi({
      description:
        "Create the organisations the file names that the network does not have yet (the default); false reports their rows as bad rows instead",
    }),
});

export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    written: z.boolean(),
    format: z.enum(["csv", "xlsx"]).openapi({ description: "What the file was read as: CSV text, or an Excel workbook's first sheet" }),
    encoding: z
      .enum(TEXT_ENCODINGS)
      .nullable()
      .openapi({ description: "The encoding a CSV file was found to be in (UTF-8, UTF-16 or Windows-1252); null for a workbook" }),
    delimiter: z.enum([",", ";", "\t"]).nullable().openapi({ description: "A CSV file's delimiter; null for a workbook" }),
    mapping: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
    totalRows: z.number(),
    created: z.number(),
    updated: z.number(),
    invited: z.number().openapi({
      description: "People whose account another network lists or who sign in themselves: invited to join, never added or changed",
    }),
    newOrganisations: z.array(z.string()).openapi({
      description: "Organisations the people import creates (or would create, on a dry run) because the network does not have them yet",
    }),
    errors: z.array(
      z.object({
        row: z.number().openapi({ description: "Line number in the file, or row number in the sheet (the header is 1)" }),
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
