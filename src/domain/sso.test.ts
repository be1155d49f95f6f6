import { describe, expect, it } from "vitest";
import { emailDomain, safeReturnPath, verifiedEmail } from "./sso.ts";

describe("sign-in through an identity provider", () => {
  it("returns only to a path of the app itself", () => {
    expect(safeReturnPath("/networks/abc?tab=1")).toBe("/networks/abc?tab=1");
    for (const bad of [undefined, "", "https://evil.example", "//evil.example/x", "/\\evil.example", "/api/auth/logout", "/a b", "/ä"]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });

  it("takes the e-mail only when the provider vouches for it", () => {
    expect(verifiedEmail({ email: "Aino.Partanen@Kuopio.fi", email_verified: true })).toBe("aino.partanen@kuopio.fi");
    expect(verifiedEmail({ email: "aino@kuopio.fi", email_verified: "true" })).toBe("aino@kuopio.fi");
    // Entra ID's optional claim: the e-mail's domain is verified by the tenant that owns it.
    expect(verifiedEmail({ email: "aino@kuopio.fi", xms_edov: true })).toBe("aino@kuopio.fi");
    expect(verifiedEmail({ email: "aino@kuopio.fi", email_verified: false })).toBeUndefined();
    expect(verifiedEmail({ email: "aino@kuopio.fi" })).toBeUndefined();
    expect(verifiedEmail({ email: "not an address", email_verified: true })).toBeUndefined();
    expect(verifiedEmail({ email_verified: true })).toBeUndefined();
  });

  it("reads the domain of an address", () => {
    expect(emailDomain("aino@Kuopio.FI")).toBe("kuopio.fi");
  });
});
