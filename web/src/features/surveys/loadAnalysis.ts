import { COLUMNS_MEDIA_TYPE, type ColumnDocument, DECODED_LENGTH_HEADER, decodeColumns } from "../../../../src/domain/columns.ts";
import { apiError, client } from "../../api/client.ts";
import type { RoundAnalysis } from "./types.ts";

/** How far a download has come: bytes so far and, when the server tells, of how many. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

/** The answer's bytes as they arrive, reported to `onProgress` chunk by chunk. */
async function readAll(body: ReadableStream<Uint8Array>, total: number | null, onProgress?: (p: LoadProgress) => void) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A round's analysis for the map and the dashboard. It is asked for in the compact form (the ties and figures of a
 * 2,000-person round are megabytes as plain JSON, a quarter of that as columns) and decoded into the API's
 * SurveyAnalysis shape, so the pages see exactly what plain JSON would give; `onProgress` follows the download.
 */
export async function loadAnalysis(networkId: string, roundId: string, onProgress?: (p: LoadProgress) => void): Promise<RoundAnalysis> {
  const { response, error } = await client.GET("/api/networks/{networkId}/surveys/{roundId}/analysis", {
    // Asked for by the URL, as the map's preload link asks (src/http/web.ts), so that the browser hands over that answer.
    params: { path: { networkId, roundId }, query: { format: "columns" } },
    parseAs: "stream",
  });
  if (!response.ok || !response.body) throw apiError(response, error);
  const total = Number(response.headers.get(DECODED_LENGTH_HEADER)) || null;
  const parsed: unknown = JSON.parse(await readAll(response.body, total, onProgress));
  // A server (or a proxy) that does not know the compact form answers plain JSON, which needs no decoding.
  const compact = response.headers.get("content-type")?.split(";")[0]?.trim() === COLUMNS_MEDIA_TYPE;
  return compact ? decodeColumns<RoundAnalysis>(parsed as ColumnDocument) : (parsed as RoundAnalysis);
}
