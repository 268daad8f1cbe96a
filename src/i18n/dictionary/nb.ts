import type { AttestationKey, AttestationStatus } from '../../domain/attestations'
import type { Profession } from '../../domain/professions'
import type { ResearchKind } from '../../domain/researchKinds'
import type { SolutionType } from '../../domain/solutionTypes'
import type { VendorFeature } from '../../domain/vendorFeatures'

/** Bokmål: the source language. Its shape is the dictionary type every language must match. */
export const nb = {
  site: {
    name: 'Videoveileder',
    tagline: 'Slik kommer du i gang med videokonsultasjon',
    skipToContent: 'Hopp til hovedinnholdet',
    mainMenu: 'Hovedmeny',
    languageSwitch: 'Velg språk',
    footerMenu: 'Om nettstedet',
    footerText:
      'Videoveileder er en veiledning fra Helsedirektoratet for helsepersonell som vil ta imot pasienter på video.',
    lastUpdated: 'Sist oppdatert',
    lastReviewed: 'Sist faglig gjennomgått',
    onThisPage: 'Innhold på siden',
    related: 'Relaterte artikler',
    disclaimers: 'Viktig å vite om oversikten',
    externalLink: '(ekstern lenke)',
  },
  menu: {
    guide: 'Veileder',
    vendors: 'Leverandører',
    tariffs: 'Takster',
    research: 'Forskning',
    search: 'Søk',
    accessibility: 'Tilgjengelighetserklæring',
  },
  guide: {
    missingTitle: 'Veilederen er ikke publisert ennå',
    missingText: 'Her kommer veiledningen om videokonsultasjon. Prøv igjen senere, eller se oversikten over leverandører.',
  },
  vendors: {
    title: 'Leverandører av videoløsninger',
    description: 'Videoløsninger som brukes i helsetjenesten, sortert etter faggruppe, type løsning og egenskaper.',
    intro:
      'Her finner du videoløsninger som allerede brukes i helse- og omsorgstjenesten. Velg faggruppe, type løsning og egenskaper for å snevre inn listen.',
    filters: 'Filtrer listen',
    group: 'Faggruppe',
    allGroups: 'Alle faggrupper',
    type: 'Type løsning',
    allTypes: 'Alle typer',
    features: 'Egenskaper',
    apply: 'Vis løsninger',
    reset: 'Fjern alle filtre',
    count: (n: number) => (n === 1 ? '1 løsning' : `${n} løsninger`),
    none: 'Ingen løsninger passer med filtrene du har valgt. Prøv å fjerne ett eller flere filtre.',
    emptyList: 'Ingen publiserte løsninger i denne gruppen ennå.',
    solutionType: {
      'epj-integrated': 'EPJ-løsning med integrert video',
      standalone: 'Frittstående videoløsning',
    } satisfies Record<SolutionType, string>,
    solutionTypePlural: {
      'epj-integrated': 'EPJ-løsninger med integrert video',
      standalone: 'Frittstående videoløsninger',
    } satisfies Record<SolutionType, string>,
    feature: {
      browserBased: 'Kjører i nettleseren',
      helsenorgeIntegration: 'Integrert med Helsenorge',
      connectedToHelsenett: 'Tilknyttet Helsenettet',
    } satisfies Record<VendorFeature, string>,
    readMore: (name: string) => `Les mer om ${name}`,
  },
  vendor: {
    company: 'Leverandør',
    organisationNumber: 'Organisasjonsnummer',
    groups: 'Faggrupper',
    type: 'Type løsning',
    features: 'Egenskaper',
    noFeatures: 'Ingen av egenskapene i oversikten er bekreftet for denne løsningen.',
    description: 'Om løsningen',
    attestations: 'Bekreftelser',
    attestationsIntro:
      'Opplysningene er leverandørens egne. Datoen viser når direktoratet sist fikk dem bekreftet av leverandøren.',
    requirement: 'Krav',
    status: 'Status',
    confirmedAt: 'Sist bekreftet',
    notConfirmedDate: 'Ikke bekreftet',
    attestation: {
      endToEndEncryption: 'Ende-til-ende-kryptering',
      participantsIdentified: 'Deltakerne identifiseres sikkert',
      allParticipantsVisible: 'Alle deltakere er synlige',
      dataProcessorAgreement: 'Tilbyr databehandleravtale',
      followsNormen: 'Følger Normen',
    } satisfies Record<AttestationKey, string>,
    attestationStatus: { yes: 'Ja', no: 'Nei', unknown: 'Ikke oppgitt' } satisfies Record<AttestationStatus, string>,
    website: (name: string) => `Gå til nettstedet til ${name}`,
    contact: 'Kontakt',
    backToList: 'Tilbake til alle leverandører',
  },
  tariffs: {
    title: 'Takster for video- og telefonkonsultasjon',
    description: 'Helfo-takster for video- og telefonkonsultasjon per faggruppe, med datoene de gjelder fra og til.',
    intro:
      'Takstene er sortert etter faggruppe og yrke. Hver takst er merket som gjeldende, kommende eller utløpt ut fra datoene den gjelder, vurdert per i dag. Sjekk alltid Helfo for de siste endringene.',
    statusAsOf: (date: string) => `Status per ${date}`,
    status: { current: 'Gjeldende', upcoming: 'Kommende', expired: 'Utløpt' },
    code: 'Takst',
    name: 'Beskrivelse',
    from: 'Gjelder fra',
    to: 'Gjelder til',
    statusColumn: 'Status',
    professions: 'Yrker',
    openEnded: 'Ingen sluttdato',
    source: 'Kilde',
    sourceLink: (code: string) => `Kilde for takst ${code} (Helfo)`,
    otherProfessions: 'Andre yrkesgrupper',
    none: 'Ingen publiserte takster ennå.',
    timeline: 'Gyldighetsperioder',
    timelineCaption: (group: string) => `Tidslinje over når takstene for ${group.toLowerCase()} gjelder. Den samme informasjonen står i tabellen.`,
    timelineToday: 'I dag',
    timelineSummary: (code: string, from: string, to: string | null, status: string) =>
      `${code}: fra ${from}${to ? ` til ${to}` : ', uten sluttdato'} (${status.toLowerCase()})`,
  },
  profession: {
    lege: 'Leger',
    psykolog: 'Psykologer',
    fysioterapeut: 'Fysioterapeuter',
    manuellterapeut: 'Manuellterapeuter',
    logoped: 'Logopeder',
    audiopedagog: 'Audiopedagoger',
    kiropraktor: 'Kiropraktorer',
    jordmor: 'Jordmødre',
  } satisfies Record<Profession, string>,
  research: {
    title: 'Forskning og rapporter',
    description: 'Rapporter, studier og nettsider om videokonsultasjon og digital kontakt i helsetjenesten.',
    intro: 'Et utvalg rapporter, studier og nettsider om video og digital kontakt mellom behandler og pasient.',
    kind: { report: 'Rapporter', study: 'Studier', webpage: 'Nettsider' } satisfies Record<ResearchKind, string>,
    publishedBy: 'Utgiver',
    none: 'Ingen publiserte rapporter ennå.',
  },
  article: {
    notTranslated: 'Denne artikkelen finnes ikke på dette språket.',
  },
  search: {
    title: 'Søk',
    description: 'Søk i artikler, videoløsninger, takster og forskning.',
    label: 'Søk i veilederen',
    button: 'Søk',
    prompt: 'Skriv inn ett eller flere ord, for eksempel «Helsenorge» eller «takst».',
    results: (n: number, q: string) => (n === 1 ? `1 treff for «${q}»` : `${n} treff for «${q}»`),
    none: (q: string) => `Ingen treff for «${q}». Prøv et annet eller kortere ord.`,
    kind: { articles: 'Artikkel', vendors: 'Videoløsning', tariffs: 'Takst', 'research-links': 'Forskning' },
  },
  notFound: {
    title: 'Fant ikke siden',
    text: 'Siden du leter etter, finnes ikke her. Kanskje er den flyttet, eller adressen er skrevet feil.',
    searchHint: 'Prøv å søke, eller gå til en av hovedsidene:',
  },
  accessibility: {
    title: 'Tilgjengelighetserklæring',
    description: 'Hvordan Videoveileder oppfyller kravene til universell utforming, og hvordan du melder fra om feil.',
    sections: [
      {
        heading: 'Krav og status',
        paragraphs: [
          'Helsedirektoratet har som mål at alle skal kunne bruke Videoveileder, uansett funksjonsevne. Nettstedet skal oppfylle kravene i forskrift om universell utforming av IKT-løsninger, som viser til standarden WCAG 2.1 på nivå AA.',
          'Vi tester sidene automatisk og manuelt: med tastatur alene, med skjermleser, med 200 prosent forstørrelse og på smale skjermer ned til 320 piksler.',
        ],
      },
      {
        heading: 'Tilgjengelighetserklæringen hos Digdir',
        paragraphs: [
          'Den offisielle tilgjengelighetserklæringen for nettstedet publiseres på uustatus.no, der Tilsynet for universell utforming av IKT samler erklæringene fra norske virksomheter.',
        ],
        link: { label: 'Tilgjengelighetserklæringer på uustatus.no', href: 'https://uustatus.no/' },
      },
      {
        heading: 'Meld fra om problemer',
        paragraphs: [
          'Finner du noe som ikke virker, eller som er vanskelig å bruke? Skriv til oss og fortell hvilken side det gjelder og hva som skjedde. Vi svarer innen ti virkedager.',
          'Får du ikke svar, eller er du misfornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT.',
        ],
        link: { label: 'Send e-post til postmottak@helsedir.no', href: 'mailto:postmottak@helsedir.no' },
      },
    ],
  },
}
