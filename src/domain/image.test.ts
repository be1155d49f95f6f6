import { describe, expect, it } from "vitest";
import { detectImageType } from "./image.ts";

describe("detectImageType", () => {
  it("recognises JPEG, PNG and WebP by their first bytes", () => {
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(detectImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(detectImageType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
  });
  it("rejects anything else, whatever it claims to be", () => {
    expect(detectImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
    expect(detectImageType(new TextEncoder().encode("GIF89a"))).toBeUndefined();
    expect(detectImageType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WAVE"))).toBeUndefined();
    expect(detectImageType(new Uint8Array())).toBeUndefined();
  });
});
