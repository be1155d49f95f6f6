import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { canSignIn } from "./users.ts";

export interface NewNotification {
  userId: string;
  networkId: string | null;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  /** The same key twice (a job run on two instances, or twice in a day) notifies once. */
  dedupeKey: string;
}

export async function insertNotifications(db: DbOrTx, items: NewNotification[]) {
  for (let i = 0; i < items.length; i += 300) {
    const chunk = items.slice(i, i + 300);
    if (chunk.length === 0) continue;
    await db
      .insertInto("notifications")
      .values(
        chunk.map((n) => ({
          id: newId(),
          user_id: n.userId,
          network_id: n.networkId,
          kind: n.kind,
          params: JSON.stringify(n.params),
          link: n.link,
          dedupe_key: n.dedupeKey,
          created_at: nowIso(),
          read_at: null,
          mailed_at: null,
        })),
      )
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .execute();
  }
}

/** Which of these dedupe keys have been used already: a job that also mails writes only to those it has not reminded. */
export async function existingDedupeKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom("notifications").select("dedupe_key").where("dedupe_key", "in", keys).execute();
  return new Set(rows.flatMap((r) => (r.dedupe_key === null ? [] : [r.dedupe_key])));
}

/** Marks a notification as mailed on its own, so no digest repeats it. */
export const markMailed = (db: DbOrTx, dedupeKey: string, stamp = nowIso()) =>
  db.updateTable("notifications").set({ mailed_at: stamp }).where("dedupe_key", "=", dedupeKey).execute();

export const listNotificationsOf = (db: DbOrTx, userId: string, limit: number) =>
  db.selectFrom("notifications").selectAll().where("user_id", "=", userId).orderBy("created_at", "desc").limit(limit).execute();

export const countUnread = async (db: DbOrTx, userId: string) => {
  const r = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export const markAllRead = (db: DbOrTx, userId: string) =>
  db.updateTable("notifications").set({ read_at: nowIso() }).where("user_id", "=", userId).where("read_at", "is", null).execute();

/** Claims a user's unmailed notifications for one digest; a second instance claiming at the same time gets none of them. */
export async function claimForDigest(db: DbOrTx, userId: string, stamp: string) {
  await db.updateTable("notifications").set({ mailed_at: stamp }).where("user_id", "=", userId).where("mailed_at", "is", null).execute();
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("mailed_at", "=", stamp)
    .orderBy("created_at")
    .execute();
}

/** People who have something unmailed and want a digest of the given frequency. */
export const digestRecipients = (db: DbOrTx, frequency: "daily" | "weekly") =>
  db
    .selectFrom("users as u")
    .select(["u.id", "u.email", "u.name", "u.locale"])
    .where("u.digest", "=", frequency)
    .where(canSignIn)
    .where((eb) =>
      eb.exists(eb.selectFrom("notifications as n").select("n.id").whereRef("n.user_id", "=", "u.id").where("n.mailed_at", "is", null)),
    )
    .execute();
