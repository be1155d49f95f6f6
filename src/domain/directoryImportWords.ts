import type { OrganisationKind } from "./directory.ts";

/**
 * The words an import file may use, in Finnish, Swedish and English: the header of each field (#19) and the
 * name of each organisation kind. The labels Solmu's own exports write are among them, so exports import back.
 */

export type PersonField =
  | "name"
  | "email"
  | "organisation"
  | "title"
  | "phone"
  | "competences"
  | "needs"
  | "languages"
  | "behindTitle"
  | "expectations";
export type OrganisationField = "name" | "kind" | "website" | "description";

/** The header words each field is recognised by, in Finnish, Swedish and English (compared as normaliseHeader leaves them). */
export const PERSON_HEADERS: Record<PersonField, string[]> = {
  name: ["nimi", "koko nimi", "henkilön nimi", "namn", "fullständigt namn", "name", "full name"],
  email: [
    "sähköposti",
    "sahkoposti",
    "sähköpostiosoite",
    "s-posti",
    "e-post",
    "epost",
    "e-postadress",
    "e-mail",
    "email",
    "email address",
    "e-mail address",
  ],
  organisation: [
    "organisaatio",
    "organisaation nimi",
    "taustaorganisaatio",
    "työnantaja",
    "organisation",
    "organisationens namn",
    "arbetsgivare",
    "organization",
    "organisation name",
    "organization name",
    "employer",
    "org",
  ],
  title: [
    "tehtävänimike",
    "nimike",
    "ammattinimike",
    "titteli",
    "tehtävä",
    "titel",
    "befattning",
    "yrkestitel",
    "title",
    "job title",
    "position",
  ],
  phone: [
    "puhelin",
    "puhelinnumero",
    "puh",
    "puh.",
    "matkapuhelin",
    "telefon",
    "telefonnummer",
    "mobil",
    "phone",
    "phone number",
    "telephone",
    "mobile",
  ],
  competences: [
    "osaaminen",
    "osaamiset",
    "osaaminen ja kyvyt",
    "osaamisalueet",
    "kompetenser",
    "kompetens",
    "kunnande",
    "competences",
    "skills",
    "expertise",
  ],
  needs: ["tarpeet", "tarve", "behov", "needs"],
  languages: ["kielet", "kielitaito", "språk", "språkkunskaper", "languages"],
  behindTitle: ["ihminen tittelin takana", "människan bakom titeln", "person behind the title", "about", "behindtitle"],
  expectations: ["odotukset", "förväntningar", "expectations"],
};

export const ORGANISATION_HEADERS: Record<OrganisationField, string[]> = {
  name: [
    "nimi",
    "organisaatio",
    "organisaation nimi",
    "namn",
    "organisation",
    "organisationens namn",
    "name",
    "organization",
    "organisation name",
    "organization name",
  ],
  kind: ["tyyppi", "laji", "organisaation tyyppi", "typ", "organisationstyp", "kind", "type", "organisation type", "organization type"],
  website: [
    "verkkosivu",
    "verkkosivut",
    "verkkosivusto",
    "kotisivu",
    "kotisivut",
    "www",
    "webbplats",
    "hemsida",
    "website",
    "web site",
    "homepage",
    "url",
  ],
  description: ["kuvaus", "esittely", "beskrivning", "presentation", "description"],
};

/** Lower-case Finnish, Swedish and English words for each organisation kind. */
export const KIND_ALIASES: Record<string, OrganisationKind> = {
  kunta: "municipality",
  kaupunki: "municipality",
  kommun: "municipality",
  stad: "municipality",
  municipality: "municipality",
  city: "municipality",
  town: "municipality",
  hyvinvointialue: "wellbeing_county",
  välfärdsområde: "wellbeing_county",
  "wellbeing services county": "wellbeing_county",
  "wellbeing county": "wellbeing_county",
  järjestö: "ngo",
  kansalaisjärjestö: "ngo",
  yhdistys: "ngo",
  säätiö: "ngo",
  förening: "ngo",
  stiftelse: "ngo",
  ngo: "ngo",
  association: "ngo",
  foundation: "ngo",
  "non-profit": "ngo",
  "organisation eller förening": "ngo",
  "ngo or association": "ngo",
  yritys: "company",
  yhtiö: "company",
  företag: "company",
  bolag: "company",
  company: "company",
  business: "company",
  seurakunta: "parish",
  församling: "parish",
  parish: "parish",
  tutkimus: "research",
  tutkimuslaitos: "research",
  oppilaitos: "research",
  yliopisto: "research",
  korkeakoulu: "research",
  ammattikorkeakoulu: "research",
  "tutkimus- tai oppilaitos": "research",
  "forsknings- eller läroanstalt": "research",
  "research or education institution": "research",
  forskning: "research",
  forskningsinstitut: "research",
  läroanstalt: "research",
  universitet: "research",
  högskola: "research",
  research: "research",
  university: "research",
  muu: "other",
  annan: "other",
  övrig: "other",
  other: "other",
};
