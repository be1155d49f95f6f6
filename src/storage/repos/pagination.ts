import type { SelectQueryBuilder, StringReference } from "kysely";

/** Opaque keyset cursor: the sort key and id of the last row of a page. */
export interface Cursor {
  key: string;
  id: string;
}

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.key, c.id])).toString("base64url");

/** Returns undefined for a cursor that was not made by encodeCursor; callers turn that into a 400. */
export function decodeCursor(raw: string): Cursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") {
      return { key: v[0], id: v[1] };
    }
  } catch {
    // fall through: a malformed cursor is reported by the caller
  }
  return undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cuts a list fetched with limit + 1 rows into a page and its next cursor. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

/**
 * One page of `query` in (key, id) order after the cursor `after`: ties on the key are broken by id, so each row
 * comes exactly once however many share a key. `cursorOf` gives a row's cursor from the same two columns.
 */
export async function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  key: StringReference<DB, TB>,
  id: StringReference<DB, TB>,
  limit: number,
  after: Cursor | undefined,
  cursorOf: (row: O) => Cursor,
): Promise<Page<O>> {
  let q = query;
  if (after) {
    // Kysely cannot type a value against a generic column; both columns hold strings in every caller.
    const afterKey = after.key as never;
    const afterId = after.id as never;
    q = q.where((eb) => eb.or([eb(key, ">", afterKey), eb.and([eb(key, "=", afterKey), eb(id, ">", afterId)])]));
  }
  const rows = await q
    .orderBy(key)
    .orderBy(id)
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, cursorOf);
}
