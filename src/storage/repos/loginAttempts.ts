import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export const recordLoginAttempt = (db: DbOrTx, input: { email: string; ip: string; success: boolean }) =>
  db
    .insertInto("login_attempts")
    .values({ id: newId(), email: input.email, ip: input.ip, success: input.success ? 1 : 0, created_at: nowIso() })
    .execute();

/** Failed attempts since `since` for an account and for an address. */
export async function countRecentFailures(db: DbOrTx, email: string, ip: string, since: string) {
  const count = async (column: "email" | "ip", value: string) => {
    const r = await db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(column, "=", value)
      .where("success", "=", 0)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return { byEmail: await count("email", email), byIp: await count("ip", ip) };
}

export const deleteLoginAttemptsBefore = (db: DbOrTx, before: string) =>
  db.deleteFrom("login_attempts").where("created_at", "<", before).execute();
