/**
 * The 2026-2029 dossier as seed data: the KIV and NVP outlines with their items, the NVP-to-KIV
 * links, the entities, the bodies and the timeline. Transcribed from the Mededeling aan de Vlaamse
 * Regering that the project started from (descriptions in Dutch, as users read them); the project
 * carries it so nothing reads outside the repo.
 */

/** A section of a document as seeded. */
export interface SeedSection {
  id: string;
  kind: "interest" | "theme";
  number: number;
  title: string;
  /** The seed's bullet items: the section's first list. */
  items: string[];
  /** Sections of the other document this one is linked to (NVP theme to KIV interest). */
  linksTo: string[];
}

/** A document as seeded. */
export interface SeedDocument {
  id: string;
  title: string;
  short: string;
  motto: string | null;
  leadEntityId: string;
  sections: SeedSection[];
}

/** The whole dossier as seeded. */
export interface SeedDossier {
  id: string;
  title: string;
  documents: SeedDocument[];
  entities: { id: string; name: string; level: string; units: string[] }[];
  bodies: { id: string; name: string; does: string }[];
  timeline: { date: string; approximate: string | null; event: string; documentIds: string[] }[];
}

/** The KIV / NVP 2026-2029 dossier. */
export const DOSSIER_2026_2029: SeedDossier = {
  "id": "2026-2029",
  "title": "Kadernota Integrale Veiligheid en Nationaal Veiligheidsplan 2026-2029",
  "documents": [
    {
      "id": "kiv",
      "title": "Kadernota Integrale Veiligheid 2026-2029",
      "short": "KIV",
      "motto": null,
      "leadEntityId": "fod-justitie",
      "sections": [
        {
          "id": "kiv-1",
          "kind": "interest",
          "number": 1,
          "title": "Veiligheid van de openbare ruimte en democratische waarden",
          "items": [
            "Aanpak van hybride dreigingen, desinformatie en bescherming van kritieke infrastructuren",
            "Geïntegreerd grensbeheer en bescherming van logistieke toegangspoorten",
            "Bescherming van persvrijheid en vrije meningsuiting",
            "Strijd tegen radicalisering, extremisme en terrorisme via een ketengerichte aanpak",
            "Strijd tegen georganiseerde en ondermijnende criminaliteit (mensenhandel en mensensmokkel; drugsproblematiek, illegale wapenhandel, corruptie, witwassen en identiteitsfraude)"
          ],
          "linksTo": []
        },
        {
          "id": "kiv-2",
          "kind": "interest",
          "number": 2,
          "title": "Maatschappelijke veiligheid",
          "items": [
            "Clear–Hold–Build-aanpak tegen stedelijke misdaad en overlast",
            "Verbeterde crisiscoördinatie, verkeersveiligheid (Vision Zero), veiligheid op openbaar vervoer, en aanpak van overlast en leegstand",
            "Strengere maatregelen rond illegaal verblijf en terugkeerbeleid"
          ],
          "linksTo": []
        },
        {
          "id": "kiv-3",
          "kind": "interest",
          "number": 3,
          "title": "Economische veiligheid",
          "items": [
            "Nationale strategie voor economische veiligheid conform EU beleidslijnen",
            "Intensieve fraudebestrijding (fiscale, sociale, douane-, subsidies)",
            "Bescherming tegen namaak en non conforme goederen, instrumentalisering van e-commerce en misbruik van supply chains"
          ],
          "linksTo": []
        },
        {
          "id": "kiv-4",
          "kind": "interest",
          "number": 4,
          "title": "Ecologische veiligheid",
          "items": [
            "Geïntegreerde aanpak van milieucriminaliteit, afvalfraude, illegale handel in hout/dieren/planten, gevaarlijke stoffen, opslag/vernietiging van in beslag genomen goederen",
            "Uitbouw van ecologische bewustwording en klimaatweerbaarheid; implementatie EU milieustrafrechtrichtlijn"
          ],
          "linksTo": []
        },
        {
          "id": "kiv-5",
          "kind": "interest",
          "number": 5,
          "title": "Digitale veiligheid",
          "items": [
            "Nationale cybersecuritystrategie 2025-2030, implementatie NIS2, CISO dienst binnen FOD BOSA, regionale digitale strategieën",
            "Aanpak van cybercrime (ransomware, phishing, cyber as a service, …)",
            "Beveiliging van digitale identiteit, bescherming van jongeren online, detectie en bestrijding van misbruik van AI binnen criminele milieu’s"
          ],
          "linksTo": []
        },
        {
          "id": "kiv-6",
          "kind": "interest",
          "number": 6,
          "title": "Persoonsgebonden veiligheid",
          "items": [
            "Nationaal Actieplan Gendergerelateerd Geweld (NAP GGG) 2026-2029, met bijzondere aandacht voor feminicide, seksueel geweld, digitaal geweld",
            "Uitrol Veilige Huizen, DIVICO/Olista modellen, slachtoffer- en daderopvolging, stalking alarm en slachtofferalarmsystemen",
            "Aanpak van online geweld",
            "Strengere maatregelen voor bescherming van overheidspersoneel en hulpverleners",
            "Ketenaanpak jeugddelinquentie, nadruk op preventie en samenwerking met onderwijs"
          ],
          "linksTo": []
        }
      ]
    },
    {
      "id": "nvp",
      "title": "Nationaal Veiligheidsplan 2026-2029",
      "short": "NVP",
      "motto": "Doelgericht. Geïntegreerd. Veilig.",
      "leadEntityId": "geintegreerde-politie",
      "sections": [
        {
          "id": "nvp-1",
          "kind": "theme",
          "number": 1,
          "title": "Georganiseerde criminaliteit",
          "items": [
            "Drugshandel",
            "Drugsgerelateerd geweld",
            "Mensenhandel en mensensmokkel",
            "Illegale wapenhandel",
            "Inzetten op de toegangspoorten",
            "Corruptie",
            "Witwassen"
          ],
          "linksTo": [
            "kiv-1"
          ]
        },
        {
          "id": "nvp-2",
          "kind": "theme",
          "number": 2,
          "title": "Cybercriminaliteit",
          "items": [],
          "linksTo": [
            "kiv-5"
          ]
        },
        {
          "id": "nvp-3",
          "kind": "theme",
          "number": 3,
          "title": "Radicalisme, gewelddadig extremisme en terrorisme",
          "items": [],
          "linksTo": [
            "kiv-1"
          ]
        },
        {
          "id": "nvp-4",
          "kind": "theme",
          "number": 4,
          "title": "Geïntegreerd grensbeheer",
          "items": [],
          "linksTo": [
            "kiv-1"
          ]
        },
        {
          "id": "nvp-5",
          "kind": "theme",
          "number": 5,
          "title": "Verkeersveiligheid",
          "items": [],
          "linksTo": [
            "kiv-2"
          ]
        },
        {
          "id": "nvp-6",
          "kind": "theme",
          "number": 6,
          "title": "Sociale & fiscale fraude",
          "items": [
            "Sociale fraude",
            "Fiscale fraude"
          ],
          "linksTo": [
            "kiv-3"
          ]
        },
        {
          "id": "nvp-7",
          "kind": "theme",
          "number": 7,
          "title": "Intrafamiliaal & seksueel geweld",
          "items": [],
          "linksTo": [
            "kiv-6"
          ]
        }
      ]
    }
  ],
  "entities": [
    {
      "id": "fod-justitie",
      "name": "FOD Justitie – Dienst Strafrechtelijk beleid",
      "level": "federal",
      "units": []
    },
    {
      "id": "fod-binnenlandse-zaken",
      "name": "FOD Binnenlandse Zaken",
      "level": "federal",
      "units": []
    },
    {
      "id": "vlaanderen",
      "name": "Vlaamse Regering",
      "level": "region-community",
      "units": [
        "Kabinet Onderwijs, Justitie en Werk (coördinatie)",
        "betrokken kabinetten",
        "betrokken administraties"
      ]
    },
    {
      "id": "wallonie",
      "name": "Gouvernement wallon",
      "level": "region",
      "units": []
    },
    {
      "id": "brussel",
      "name": "Brusselse Hoofdstedelijke Regering",
      "level": "region",
      "units": []
    },
    {
      "id": "fwb",
      "name": "Fédération Wallonie-Bruxelles",
      "level": "community",
      "units": []
    },
    {
      "id": "dg",
      "name": "Regierung der Deutschsprachigen Gemeinschaft",
      "level": "community",
      "units": []
    },
    {
      "id": "geintegreerde-politie",
      "name": "Geïntegreerde Politie (Federale en Lokale Politie)",
      "level": "police",
      "units": []
    },
    {
      "id": "cpg",
      "name": "College van Procureurs-Generaal",
      "level": "judicial",
      "units": []
    }
  ],
  "bodies": [
    {
      "id": "steering-committee",
      "name": "Interfederaal (ad hoc) Steering Committee",
      "does": "bespreekt en amendeert de teksten; de leden zijn aanspreekpunt voor de toetsingen"
    },
    {
      "id": "imc",
      "name": "Interministeriële Conferentie inzake Veiligheids- en Handhavingsbeleid",
      "does": "keurt de KIV en het NVP goed"
    },
    {
      "id": "stuurgroep-gpi",
      "name": "Stuurgroep GPI",
      "does": "bewaakt de voortgang van het NVP, kwalitatief en waar mogelijk kwantitatief"
    },
    {
      "id": "federale-politieraad",
      "name": "Federale Politieraad",
      "does": "jaarlijkse globale evaluatie van de politiewerking, coherent met de evaluatie van de KIV"
    }
  ],
  "timeline": [
    {
      "date": "2025-09-09",
      "approximate": null,
      "event": "Insteken van de Vlaamse kabinetten en administraties bezorgd aan de FOD Justitie",
      "documentIds": [
        "kiv"
      ]
    },
    {
      "date": "2026-01-28",
      "approximate": null,
      "event": "Overleg met het College van Procureurs-Generaal in het interfederale Steering Committee",
      "documentIds": [
        "kiv",
        "nvp"
      ]
    },
    {
      "date": "2026-02-03",
      "approximate": null,
      "event": "Schriftelijk advies van het CPG over de ontwerpteksten van KIV en NVP; beide ontwerpen aan het advies aangepast",
      "documentIds": [
        "kiv",
        "nvp"
      ]
    },
    {
      "date": "2026-02-27",
      "approximate": null,
      "event": "Voorlegging ter goedkeuring aan de Interministeriële Conferentie inzake Veiligheids- en Handhavingsbeleid",
      "documentIds": [
        "kiv",
        "nvp"
      ]
    },
    {
      "date": "2027-12-31",
      "approximate": "eind 2027 - begin 2028",
      "event": "Tussentijdse toetsing van de KIV: een fiche per veiligheidsthema, gecoördineerd door de FOD Justitie",
      "documentIds": [
        "kiv"
      ]
    },
    {
      "date": "2029-12-31",
      "approximate": "2029",
      "event": "Toetsing aan het einde van de looptijd van de KIV, met een bilan van realisaties",
      "documentIds": [
        "kiv"
      ]
    }
  ]
};
