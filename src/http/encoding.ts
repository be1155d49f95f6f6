/** The content codings Solmu sends, best first: brotli is smaller than gzip at the same cost to decode. */
export type ContentCoding = "br" | "gzip" | "identity";

const PREFERENCE: ContentCoding[] = ["br", "gzip", "identity"];

/**
 * Picks the coding to send from those at hand, by the client's Accept-Encoding (RFC 9110 §12.5.3): the highest
 * quality wins, a tie goes to the smaller coding, `q=0` refuses one and `*` stands for every coding not named.
 * Identity is what is left: sent without the header (as older clients expect), when named above the others, or
 * when nothing at hand is acceptable, where a plain answer serves better than 406.
 */
export function chooseCoding(acceptEncoding: string | undefined, available: readonly ContentCoding[]): ContentCoding {
  if (!acceptEncoding?.trim()) return "identity";
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!token) continue;
    const q = params.find((p) => p.startsWith("q="));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(token === "x-gzip" ? "gzip" : token, Number.isFinite(value) ? value : 0);
  }
  const wildcard = quality.get("*");
  // Identity, when not named, is the fallback rather than a rival: "br;q=0.8" still means "brotli, please".
  const qualityOf = (coding: ContentCoding) => quality.get(coding) ?? (coding === "identity" ? 0 : (wildcard ?? 0));
  let best: ContentCoding = "identity";
  let bestQuality = 0;
  for (const coding of PREFERENCE) {
    if (!available.includes(coding) && coding !== "identity") continue;
    const q = qualityOf(coding);
    if (q > bestQuality) {
      best = coding;
      bestQuality = q;
    }
  }
  return best;
}
