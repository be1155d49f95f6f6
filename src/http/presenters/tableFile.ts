import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { toCsv } from "../../domain/csv.ts";
import { type Table, XLSX_TYPE } from "../../domain/table.ts";
import { toXlsx } from "../../domain/xlsx.ts";

/** The two forms of every table download: CSV for Excel in Finland, or an Excel workbook with typed cells. */
export const TableFormat = z.enum(["csv", "xlsx"]).default("csv").openapi({ description: "csv (semicolon, UTF-8 with BOM) or xlsx" });

const binary = z.string().openapi({ format: "binary" });

/** The OpenAPI answer of a table download in either form. */
export const tableFileAnswer = {
  description: "The file: CSV, or an Excel workbook with one sheet per table, real dates and numbers",
  content: { "text/csv": { schema: z.string() }, [XLSX_TYPE]: { schema: binary } },
};

/** A table as a download named `baseName.csv` or `baseName.xlsx` (ASCII, so that every browser keeps the name). */
export async function tableDownload(c: Context, format: "csv" | "xlsx", table: Table, baseName: string) {
  if (format === "xlsx") {
    return c.body(await toXlsx([table]), 200, {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${baseName}.xlsx"`,
    });
  }
  return c.body(toCsv(table.headers, table.rows), 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${baseName}.csv"`,
  });
}

/**
 * Several tables as one download: an Excel workbook with a sheet per table, or one CSV file holding the tables
 * one after another, each with its header row and an empty line between them (one BOM, at the start).
 */
export async function tablesDownload(c: Context, format: "csv" | "xlsx", tables: Table[], baseName: string) {
  if (format === "xlsx") {
    return c.body(await toXlsx(tables), 200, {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${baseName}.xlsx"`,
    });
  }
  const body = tables.map((t, i) => (i === 0 ? toCsv(t.headers, t.rows) : toCsv(t.headers, t.rows).replace(/^\uFEFF/, ""))).join("\r\n");
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${baseName}.csv"`,
  });
}

/**
 * The body of an import: the file's bytes as they are. CSV in any encoding Excel writes (the server detects it,
 * src/domain/textEncoding.ts), tab-separated text, or an Excel workbook (its first sheet is read).
 */
export const importFileBody = {
  required: true,
  content: {
    "text/csv": { schema: z.string() },
    "text/tab-separated-values": { schema: z.string() },
    "application/octet-stream": { schema: binary },
    [XLSX_TYPE]: { schema: binary },
  },
};

/** The uploaded file's bytes, never decoded on the way: the import reads them itself. */
export const importFileBytes = async (c: Context) => new Uint8Array(await c.req.arrayBuffer());
