import type { Answer, Body, Schemas } from "../../../api/client.ts";

export type PromiseItem = Schemas["Promise"];
export type PromiseDetail = Schemas["PromiseDetail"];
export type HistoryItem = PromiseDetail["history"][number];
export type Rates = Answer<"/api/networks/{networkId}/promises/keeping-rates">;
export type Rate = Rates["network"];
export type Goal = Schemas["Goal"];

/** What a promise's owner may mark it. */
export type Change = Body<"/api/networks/{networkId}/promises/{promiseId}/changes", "post">["to"];
export const CHANGES: Change[] = ["kept", "renegotiated", "not_kept"];

/** Today in the browser's time zone, YYYY-MM-DD: the earliest due date a form offers. */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
