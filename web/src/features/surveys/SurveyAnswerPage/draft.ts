// The answer form's own state, and small helpers its sections share.
import type { Resource } from "../../../../../src/domain/resources.ts";
import { FREQUENCY_MAX, KNOWING_MAX } from "../../../../../src/domain/surveys.ts";
import { ApiError } from "../../../api/client.ts";
import type { MyResponse, Rating, ResponseInput, SurveyTarget } from "../types.ts";

export const FIVE = [1, 2, 3, 4, 5] as const;
/** knowing: 0 don't know · 1 by name · 2 know their work · 3 know them well. */
export const KNOWING_LEVELS = Array.from({ length: KNOWING_MAX + 1 }, (_, i) => i);
/** frequency: 0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly. */
export const FREQUENCY_LEVELS = Array.from({ length: FREQUENCY_MAX + 1 }, (_, i) => i);

/** A rating being filled in: knowing and frequency stay unset (null) until chosen; the rest are null for "can't say". */
export interface RatingDraft extends Omit<Rating, "knowing" | "frequency"> {
  knowing: number | null;
  frequency: number | null;
}

export interface AnswerDraft extends Omit<ResponseInput, "version" | "submit" | "ratings" | "resources" | "resourcesText"> {
  ratings: RatingDraft[];
  resources: Resource[];
  resourcesText: string;
}

export const emptyRating = (targetId: string): RatingDraft => ({
  targetId,
  knowing: null,
  goodwill: null,
  competence: null,
  vulnerability: null,
  consistency: null,
  commitment: null,
  frequency: null,
  valuePower: null,
  valueInvolvement: null,
  valueResources: null,
});

export const fromResponse = (r: MyResponse | null): AnswerDraft => ({
  ratings: r?.ratings.map((x) => ({ ...x })) ?? [],
  selfCommitment: { autonomy: null, meaningfulness: null, connectedness: null, ...r?.selfCommitment },
  barriers: r?.barriers ?? [],
  barriersText: r?.barriersText ?? "",
  enablers: r?.enablers ?? [],
  enablersText: r?.enablersText ?? "",
  networkType: r?.networkType ?? null,
  resources: r?.resources ?? [],
  resourcesText: r?.resourcesText ?? "",
});

export const fieldOf = (error: unknown, name: string) => (error instanceof ApiError ? error.fields[name] : undefined);

export function targetMeta(target: SurveyTarget | undefined, t: (k: string, o?: Record<string, unknown>) => string) {
  if (!target) return "";
  if (target.organisationName) return target.organisationName;
  return target.kind ? t(`orgKinds.${target.kind}`, { defaultValue: "" }) : "";
}
