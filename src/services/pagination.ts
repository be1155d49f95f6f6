import { type Cursor, decodeCursor } from "../storage/repos/pagination.ts";
import { invalid } from "./errors.ts";

export type { Cursor };

/** The decoded ?cursor=, or a 400 naming the cursor when it was not one of ours. */
export function parseCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  const cursor = decodeCursor(raw);
  if (!cursor) throw invalid({ cursor: { key: "validation.invalid" } });
  return cursor;
}
