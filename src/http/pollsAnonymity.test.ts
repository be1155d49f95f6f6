import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const VOTERS = ["admin", "coordinator", "member"] as const;
const VOTES = [
  { choice: "agree" },
  { choice: "abstain" },
  { choice: "disagree", reason: "Aikataulu on liian tiukka" },
  { choice: "block", reason: "Rahoitus ei riitä" },
] as const;

/** An answer with what differs between two polls anyway (ids, titles, times) taken out. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !["id", "title", "createdAt", "closesAt", "closedAt", "decisionId", "decidedOn", "pollId"].includes(k))
        .map(([k, v]) => [k, comparable(v)]),
    );
  return value;
}

describe.each(databases)("an anonymous poll's answers on %s", (kind) => {
  const t = apiWorld(kind);

  it("are the same whoever cast which vote: nothing in them pairs a voter with a choice", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...VOTES), { minLength: 3, maxLength: 3 }),
        fc.constantFrom([1, 2, 0], [2, 0, 1], [1, 0, 2]),
        async (votes, shift) => {
          const seen = [];
          for (const order of [[0, 1, 2], shift]) {
            const closesAt = new Date(Date.now() + 86_400_000).toISOString();
            const poll = (
              await t.w.as.coordinator.post(`${t.base}/polls`, {
                kind: "proposal",
                title: `Salainen ${Math.random()}`,
                anonymous: true,
                closesAt,
              })
            ).body;
            for (const [i, who] of VOTERS.entries()) {
              const r = await t.w.as[who].put(`${t.base}/polls/${poll.id}/vote`, votes[order[i] as number]);
              expect(r.status).toBe(200);
            }
            const openViews = await Promise.all([t.w.as.observer.get(`${t.base}/polls/${poll.id}`), t.w.as.admin.get(`${t.base}/polls`)]);
            await t.w.as.coordinator.post(`${t.base}/polls/${poll.id}/close`, {});
            const closedViews = await Promise.all([
              ...[...VOTERS, "observer" as const].map((who) => t.w.as[who].get(`${t.base}/polls/${poll.id}`)),
              t.w.as.member.get(`${t.base}/decisions`),
            ]);
            const decision = closedViews.at(-1)?.body.items.find((d: { pollId: string }) => d.pollId === poll.id) ?? null;
            seen.push(
              comparable({
                open: openViews[0]?.body,
                list: openViews[1]?.body.items.find((p: { id: string }) => p.id === poll.id),
                closed: closedViews.slice(0, -1).map((r) => r.body),
                decision,
              }),
            );
          }
          expect(seen[1]).toEqual(seen[0]);
        },
      ),
      { numRuns: 4 },
    );
  });
});
