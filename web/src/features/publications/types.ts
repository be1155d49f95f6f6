import type { Schemas } from "../../api/client.ts";

/** Answers of the publishing and good-practice API, as the server documents them (src/http/routes/publications). */

/** GET/PUT /api/networks/:id/publishing, and the answer of every news call. */
export type Publishing = Schemas["Publishing"];

/** What a network makes public and at which address; `version` is 0 until first saved. */
export type PublishingSettings = Publishing["settings"];

export type NewsItem = Publishing["news"][number];

/** GET /api/networks/:id/practices, and the answer of every practice call. */
export type Practices = Schemas["GoodPractices"];

export type Practice = Practices["own"][number];

/** The settings fields a coordinator edits (everything but the version). */
export type SettingsFields = Omit<PublishingSettings, "version">;

/** The fields of a good practice that its author writes. */
export interface PracticeFields {
  title: string;
  whatWorked: string;
  context: string;
  contact: string;
}
