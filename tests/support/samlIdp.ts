import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import { SignedXml } from "xml-crypto";
import xmlenc from "xml-encryption";

const dir = path.join(import.meta.dirname, "saml");
export const samlKeys = {
  idpKey: path.join(dir, "idp-key.pem"),
  idpCert: path.join(dir, "idp-cert.pem"),
  spKey: path.join(dir, "sp-key.pem"),
  spCert: path.join(dir, "sp-cert.pem"),
  otherKey: path.join(dir, "other-key.pem"),
  otherCert: path.join(dir, "other-cert.pem"),
};

export const IDP_ISSUER = "https://idp.example.fi/idp";
export const IDP_SSO = "https://idp.example.fi/sso";
export const IDP_SLO = "https://idp.example.fi/slo";

/** The settings that point Solmu at the test identity provider. */
export const samlEnv = (extra: Record<string, string> = {}) => ({
  SAML_ENTRY_POINT: IDP_SSO,
  SAML_LOGOUT_URL: IDP_SLO,
  SAML_IDP_ISSUER: IDP_ISSUER,
  SAML_IDP_CERT: samlKeys.idpCert,
  SAML_SP_KEY: samlKeys.spKey,
  SAML_SP_CERT: samlKeys.spCert,
  SAML_LABEL: "Suomi.fi-tunnistus (testi)",
  ...extra,
});

/** The AuthnRequest inside a redirect to the IdP (HTTP-Redirect binding: deflated, base64), and whether its signature holds. */
export function readRedirect(location: string) {
  const url = new URL(location);
  const xml = zlib.inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest") ?? "", "base64")).toString("utf8");
  // The signed text is the query's own encoding of these three parameters, in this order.
  const raw = Object.fromEntries(
    url.search
      .slice(1)
      .split("&")
      .map((p) => p.split("=") as [string, string]),
  );
  const signed = ["SAMLRequest", "RelayState", "SigAlg"]
    .filter((k) => raw[k] !== undefined)
    .map((k) => `${k}=${raw[k]}`)
    .join("&");
  const signature = url.searchParams.get("Signature") ?? "";
  const signatureHolds =
    signature !== "" && crypto.verify("sha256", Buffer.from(signed), fs.readFileSync(samlKeys.spCert), Buffer.from(signature, "base64"));
  return { xml, id: xml.match(/ID="([^"]+)"/)?.[1] ?? "", relayState: url.searchParams.get("RelayState") ?? "", signatureHolds };
}

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A SAML Response as an IdP would POST it, base64: its assertion signed with `signWith` (the IdP's key unless told), and encrypted for Solmu when asked. */
export async function samlResponse(input: {
  inResponseTo: string;
  audience: string;
  recipient: string;
  nameID: string;
  attributes: Record<string, string>;
  validForMs?: number;
  signWith?: "idp" | "other" | "none";
  encrypt?: boolean;
}) {
  const validFor = input.validForMs ?? 5 * 60_000;
  const attrs = Object.entries(input.attributes)
    .map(([name, value]) => `<saml:Attribute Name="${name}"><saml:AttributeValue>${value}</saml:AttributeValue></saml:Attribute>`)
    .join("");
  const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a${crypto.randomUUID()}" Version="2.0" IssueInstant="${iso(0)}"><saml:Issuer>${IDP_ISSUER}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${input.nameID}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(validFor)}" Recipient="${input.recipient}" InResponseTo="${input.inResponseTo}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${iso(-60_000 - (validFor < 0 ? 600_000 : 0))}" NotOnOrAfter="${iso(validFor)}"><saml:AudienceRestriction><saml:Audience>${input.audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(0)}" SessionIndex="_s${crypto.randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attrs}</saml:AttributeStatement></saml:Assertion>`;
  const signer = input.signWith ?? "idp";
  const signed = signer === "none" ? assertion : signAssertion(assertion, signer);
  const carried = input.encrypt ? `<saml:EncryptedAssertion>${await encryptForSp(signed)}</saml:EncryptedAssertion>` : signed;
  const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${crypto.randomUUID()}" Version="2.0" IssueInstant="${iso(0)}" Destination="${input.recipient}" InResponseTo="${input.inResponseTo}"><saml:Issuer>${IDP_ISSUER}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${carried}</samlp:Response>`;
  return Buffer.from(response).toString("base64");
}

/** The assertion with an enveloped signature after its Issuer, as IdPs sign them. */
function signAssertion(assertion: string, signer: "idp" | "other") {
  const sig = new SignedXml({
    privateKey: fs.readFileSync(signer === "idp" ? samlKeys.idpKey : samlKeys.otherKey),
    publicCert: fs.readFileSync(signer === "idp" ? samlKeys.idpCert : samlKeys.otherCert),
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  sig.addReference({
    xpath: "/*[local-name(.)='Assertion']",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
  });
  sig.computeSignature(assertion, { location: { reference: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" } });
  return sig.getSignedXml();
}

/** The signed assertion encrypted for Solmu's certificate (AES-256-GCM, the key by RSA-OAEP), as Suomi.fi sends them. */
const encryptForSp = (xml: string) =>
  new Promise<string>((resolve, reject) =>
    xmlenc.encrypt(
      xml,
      {
        rsa_pub: fs.readFileSync(samlKeys.spCert),
        pem: fs.readFileSync(samlKeys.spCert),
        encryptionAlgorithm: "http://www.w3.org/2009/xmlenc11#aes256-gcm",
        keyEncryptionAlgorithm: "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );

const attribute = (xml: string, name: string) => xml.match(new RegExp(`${name}="([^"]+)"`))?.[1] ?? "";
const issuerOf = (xml: string) => xml.match(/<(?:saml2?:)?Issuer[^>]*>([^<]+)</)?.[1] ?? "";

/**
 * A SAML identity provider on a loopback port for browser tests: its single sign-on page reads Solmu's signed
 * AuthnRequest and offers a button that posts a signed answer for `person` back to the request's
 * AssertionConsumerServiceURL, as Suomi.fi's pages do after identification.
 */
export async function startSamlIdp(person: { nameID: string; email: string; name: string }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/slo") {
      // Solmu's signed LogoutRequest arrives here when a person signs out; the IdP ends its own session.
      const logout = readRedirect(url.href);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="fi"><head><title>Uloskirjautuminen</title></head><body><main><h1>Olet kirjautunut ulos</h1>
<p>${logout.xml.includes("LogoutRequest") && logout.signatureHolds ? "Uloskirjautumispyyntö on allekirjoitettu." : "Pyyntö ei kelpaa."}</p></main></body></html>`);
      return;
    }
    if (url.pathname !== "/sso") {
      res.writeHead(404).end();
      return;
    }
    const request = readRedirect(url.href);
    const acs = attribute(request.xml, "AssertionConsumerServiceURL");
    void samlResponse({
      inResponseTo: request.id,
      audience: issuerOf(request.xml),
      recipient: acs,
      nameID: person.nameID,
      attributes: { "urn:oid:0.9.2342.19200300.100.1.3": person.email, "urn:oid:2.16.840.1.113730.3.1.241": person.name },
    }).then((body) => {
      const page = `<!doctype html><html lang="fi"><head><title>Testitunnistus</title></head><body><main><h1>Testitunnistus</h1>
<p>${request.signatureHolds ? "Pyyntö on allekirjoitettu." : "Pyynnön allekirjoitus ei täsmää."}</p>
<form method="post" action="${acs}"><input type="hidden" name="SAMLResponse" value="${body}"><input type="hidden" name="RelayState" value="${request.relayState}"><button type="submit">Jatka palveluun</button></form></main></body></html>`;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: () => samlEnv({ SAML_ENTRY_POINT: `${url}/sso`, SAML_LOGOUT_URL: `${url}/slo` }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
