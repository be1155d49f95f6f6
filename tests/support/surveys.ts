/**
 * Bodies for PUT …/surveys/{roundId}/response in API tests: a rating of one person or organisation and a
 * submitted answer, each with plain values that a test overrides where its figures depend on them.
 */
/** One rating's plain values: knowing, the five trust dimensions and how often the two work together. */
export const RATING_VALUES = {
  knowing: 2,
  goodwill: 4,
  competence: 4,
  vulnerability: 3,
  consistency: 4,
  commitment: 4,
  frequency: 3,
};

export const surveyRating = (targetId: string, over: Record<string, number | null> = {}) => ({ targetId, ...RATING_VALUES, ...over });

export const surveyAnswer = (ratings: unknown[], over: Record<string, unknown> = {}) => ({
  version: null,
  submit: true,
  ratings,
  selfCommitment: { autonomy: 4, meaningfulness: 4, connectedness: 4 },
  barriers: [],
  barriersText: "",
  enablers: [],
  enablersText: "",
  networkType: null,
  ...over,
});
