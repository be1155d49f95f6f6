import { createHash, randomBytes, randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

export const nowIso = (now: Date = new Date()): string => now.toISOString();

/** A URL-safe secret for links and tokens; only its hash is stored. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
