// openapi-typescript builds its output with the TypeScript 5 compiler API, which TypeScript 7 (our
// typechecker, a native binary) no longer has: its imports of "typescript" get the TypeScript 5 we keep
// under the alias "typescript5" (decision 017).
export async function resolve(specifier, context, next) {
  if (specifier === "typescript" && context.parentURL?.includes("/openapi-typescript/")) return next("typescript5", context);
  return next(specifier, context);
}
