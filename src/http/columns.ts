import { z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { JSONValue } from "hono/utils/types";
import { COLUMNS_MEDIA_TYPE, DECODED_LENGTH_HEADER, encodeColumns } from "../domain/columns.ts";

// Content negotiation for the compact form of large answers (src/domain/columns.ts): a client that sends
// `Accept: application/vnd.solmu.columns+json` gets it, every other client the plain JSON it always had.

const Column: z.ZodType = z
  .object({
    key: z.string(),
    type: z.enum(["number", "boolean", "string", "object", "json"]),
    values: z.array(z.unknown()).openapi({
      description:
        "One value a row: a number (number), 1 or 0 (boolean), a position in `strings` (string), 1 for an object whose rows are in `columns` (object), the value itself (json); null is null",
    }),
    absent: z.array(z.number()).optional().openapi({ description: "Rows that lack the field (as against null)" }),
    get columns() {
      return z.array(Column).optional().openapi({ description: "An object column's fields, one row a row whose value is 1" });
    },
  })
  .openapi("Column");

const ColumnTable = z
  .object({ rows: z.number().int(), columns: z.array(Column) })
  .openapi("ColumnTable", { description: "A list of objects, one column a field" });

export const ColumnDocumentSchema = z
  .object({
    strings: z.array(z.string()).openapi({ description: "Every string of the tables once" }),
    tables: z.record(z.string(), ColumnTable).openapi({ description: "The answer's lists of objects, by their keys" }),
    data: z.record(z.string(), z.unknown()).openapi({ description: "The answer's other fields, as in application/json" }),
  })
  .openapi("ColumnDocument", {
    description: `${COLUMNS_MEDIA_TYPE}: lists of objects as columns of typed values; decoded, exactly the application/json answer`,
  });

/** The two forms of a large answer, for a route's 200 entry in the OpenAPI document. */
export const jsonOrColumns = <T extends z.ZodType>(schema: T, description: string) => ({
  description: `${description}. Send Accept: ${COLUMNS_MEDIA_TYPE} for the compact form (ColumnDocument); answers vary by Accept`,
  content: { "application/json": { schema }, [COLUMNS_MEDIA_TYPE]: { schema: ColumnDocumentSchema } },
});

/**
 * The form asked for in the URL: for a request that cannot set headers, such as the preload link that index.html
 * carries for the map (src/http/web.ts). It overrides Accept.
 */
export const ColumnsQuery = z.object({
  format: z
    .enum(["json", "columns"])
    .optional()
    .openapi({ description: `columns: the compact form (${COLUMNS_MEDIA_TYPE}) whatever Accept says; json: plain JSON` }),
});

/** Whether an Accept header asks for the compact form: it names the media type without `q=0`. */
export function wantsColumns(accept: string | undefined): boolean {
  return (accept ?? "").split(",").some((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (type !== COLUMNS_MEDIA_TYPE) return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The compact form as Hono's typed routes see ColumnDocumentSchema. */
type CompactJson = {
  strings: string[];
  tables: Record<string, { rows: number; columns: JSONValue[] }>;
  data: Record<string, JSONValue>;
};

/**
 * A 200 answer in the form the request asks for: the compact form with `tableKeys` as tables, or plain JSON.
 * Caches must keep the two apart, hence `Vary: Accept` on both.
 */
export function jsonOrColumnsAnswer<T extends Record<string, unknown>>(c: Context, answer: T, tableKeys: readonly (keyof T & string)[]) {
  const format = c.req.query("format");
  const columns = format === undefined ? wantsColumns(c.req.header("accept")) : format === "columns";
  if (!columns) return c.json(answer, 200, { Vary: "Accept" });
  const body = JSON.stringify(encodeColumns(answer, tableKeys));
  const compact = c.body(body, 200, {
    "Content-Type": `${COLUMNS_MEDIA_TYPE}; charset=UTF-8`,
    Vary: "Accept",
    [DECODED_LENGTH_HEADER]: String(Buffer.byteLength(body)),
  });
  // Serialised here rather than by c.json, to know the length for the header; the body is ColumnDocumentSchema's.
  return compact as unknown as TypedResponse<CompactJson, 200, "json">;
}
