/** Password rules: long enough to resist guessing, short enough for argon2 to hash quickly. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
