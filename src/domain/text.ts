// Everything outside XML 1.0's Char production, lone surrogates included (the u flag makes them single code points).
// HTML forbids the same control characters, so one rule serves feeds, exports and pages.
const INVALID_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops characters that no XML or HTML document may hold (NUL, backspace, lone surrogates…); tab and newlines stay. */
export const stripInvalidChars = (text: string): string => text.replace(INVALID_CHARS, "");
