import { describe, expect, it } from "vitest";
import { stripInvalidChars } from "./text.ts";

describe("stripInvalidChars", () => {
  it("drops NUL, backspace, form feed, lone surrogates and U+FFFE, and keeps tabs, newlines, ä and emoji", () => {
    expect(stripInvalidChars("a\u0000b\u0008c\u000Cd\uFFFEe\uD800f")).toBe("abcdef");
    expect(stripInvalidChars("Yhteistyö\tä\r\nÅbo 🤝")).toBe("Yhteistyö\tä\r\nÅbo 🤝");
  });
});
