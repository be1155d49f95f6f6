/** A translatable message: a catalogue key and its interpolation values. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * An expected failure of a use case. The HTTP layer turns it into
 * `{ error: { code, message, fields } }` in the user's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly code: string,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: Record<string, Message> = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, "not_found", "errors.not_found");
export const forbidden = () => new AppError(403, "forbidden", "errors.forbidden");
export const unauthorized = () => new AppError(401, "unauthorized", "errors.unauthorized");

/** 400 naming the fields at fault. */
export const invalid = (fields: Record<string, Message>) => new AppError(400, "validation_failed", "errors.validation_failed", {}, fields);

/** 409 for a stale write; `current` is what is stored now, so the client can merge. */
export const staleWrite = (current: unknown) => new AppError(409, "conflict", "errors.conflict", {}, {}, { current });
