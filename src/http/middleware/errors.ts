import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import { translator } from "../../i18n/index.ts";
import { AppError, type Message } from "../../services/errors.ts";
import type { AppEnv } from "../env.ts";

/** Turns one zod issue into a catalogue message the user can act on. */
function issueMessage(issue: ZodError["issues"][number]): Message {
  switch (issue.code) {
    case "invalid_type":
      return issue.message.endsWith("received undefined") ? { key: "validation.required" } : { key: "validation.invalid" };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? { key: "validation.required" }
          : { key: "validation.too_short", params: { min: Number(issue.minimum) } };
      }
      return { key: "validation.too_small", params: { min: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string"
        ? { key: "validation.too_long", params: { max: Number(issue.maximum) } }
        : { key: "validation.too_big", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.email" };
      if (issue.format === "url") return { key: "validation.url" };
      return { key: "validation.invalid" };
    case "invalid_value":
      return { key: "validation.one_of", params: { options: issue.values.map(String).join(", ") } };
    case "unrecognized_keys":
      return { key: "validation.unknown_field" };
    case "custom":
      return issue.message === "required" ? { key: "validation.required" } : { key: "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

/** A 400 AppError naming every field at fault; nested paths are joined with dots. */
export function validationError(error: ZodError): AppError {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) {
    const name = issue.code === "unrecognized_keys" ? issue.keys.join(",") : issue.path.join(".") || "body";
    fields[name] ??= issueMessage(issue);
  }
  return new AppError(400, "validation_failed", "errors.validation_failed", {}, fields);
}

/** The one place where failures become JSON answers; never a stack trace to the client. */
export function errorResponse(err: Error, c: Context<AppEnv>) {
  const t = translator(c.get("locale") ?? "fi");
  if (err instanceof AppError) {
    const fields = Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [k, t(m.key, m.params)]));
    if (typeof err.details.retryAfterSeconds === "number") c.header("Retry-After", String(err.details.retryAfterSeconds));
    return c.json(
      {
        error: {
          code: err.code,
          message: t(err.messageKey, err.params),
          ...(Object.keys(fields).length > 0 ? { fields } : {}),
          ...("current" in err.details ? { current: err.details.current } : {}),
        },
      },
      err.status,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = err.status === 413 ? "payload_too_large" : err.status === 400 ? "invalid_json" : "bad_request";
    return c.json({ error: { code, message: t(`errors.${code}`) } }, err.status);
  }
  c.get("deps")?.logger.error({ err, requestId: c.get("requestId") }, "unhandled error");
  return c.json({ error: { code: "internal", message: t("errors.internal") } }, 500);
}
