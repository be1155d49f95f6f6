/** Sample request bodies from the OpenAPI document, for the OWASP suite (src/http/security.test.ts). */

export type Json = Record<string, unknown>;
export interface Doc {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: Json }> } }>
  >;
  components: { schemas: Record<string, Json> };
}
export interface Route {
  method: string;
  path: string;
}

/** A value for a JSON schema with every string set to `text` (cut to fit), formats honoured so that validation passes where it can. */
export function sample(doc: Doc, schema: Json | undefined, text: string, depth = 0): unknown {
  let s = schema;
  while (s && typeof s.$ref === "string") s = doc.components.schemas[(s.$ref as string).split("/").pop() as string];
  if (!s || depth > 8) return null;
  const choices = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (choices) return sample(doc, choices.find((c) => c.type !== "null") ?? choices[0], text, depth + 1);
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== "null") : (s.type as string | undefined);
  switch (type) {
    case "object": {
      const out: Json = {};
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Json>)) out[k] = sample(doc, v, text, depth + 1);
      return out;
    }
    case "array":
      return [sample(doc, s.items as Json, text, depth + 1)];
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : 1;
    case "boolean":
      return true;
    case "string": {
      if (s.format === "date") return new Date().toISOString().slice(0, 10);
      if (s.format === "date-time") return new Date().toISOString();
      if (s.format === "email") return "turva@example.fi";
      if (s.format === "uri" || s.format === "url") return `https://example.fi/?q=${encodeURIComponent(text)}`;
      let t = text;
      if (typeof s.maxLength === "number" && t.length > s.maxLength) t = t.slice(0, s.maxLength);
      if (typeof s.minLength === "number" && t.length < s.minLength) t = t.padEnd(s.minLength, "x");
      return t;
    }
    default:
      return text;
  }
}

/** An object whose every declared property has a value of the wrong type. */
export function wrongTypes(doc: Doc, schema: Json): Json {
  let s: Json | undefined = schema;
  while (s && typeof s.$ref === "string") s = doc.components.schemas[(s.$ref as string).split("/").pop() as string];
  const out: Json = {};
  for (const [k, v] of Object.entries((s?.properties ?? {}) as Record<string, Json>)) {
    const type = JSON.stringify(v);
    out[k] = type.includes('"string"') ? { nested: true } : type.includes('"array"') ? "not a list" : "not a number";
  }
  return Object.keys(out).length > 0 ? out : { unexpected: { deeply: ["nested"] } };
}
