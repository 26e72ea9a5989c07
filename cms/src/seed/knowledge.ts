/**
 * The knowledge platform's demo seed: learning communities and what they share. The themes come
 * from the CmK meeting report and LKCA's plan for learning communities (special education reach,
 * ICC'ers and offers together, co-teaching; intervisie, creative work forms, "falen en leren").
 * People's names are made up for the demo and use `.example` addresses.
 */

export interface CommunitySeed {
  slug: string;
  title: string;
  question: string;
  goal: string;
  summary: string;
  description: string;
  /** Where the community stands (not `status`: Strapi 5's content manager reads that as draft or published). */
  phase: 'start' | 'actief' | 'doel_bereikt' | 'gesloten';
  moderators: { name: string; role: string; email: string }[];
  regions: string[];
  themes: string[];
  disciplines: string[];
  sectors: string[];
  project?: string;
  meetings: { date: string; place?: string; online?: boolean; report?: string }[];
}

export const COMMUNITIES: CommunitySeed[] = [
  {
    slug: 'speciaal-onderwijs-beter-bereiken',
    title: 'Speciaal onderwijs beter bereiken',
    question: 'Hoe zorgen we dat leerlingen in het speciaal onderwijs even vanzelfsprekend aan cultuur deelnemen als andere leerlingen?',
    goal: 'Een checklist voor toegankelijk aanbod en tien gedeelde praktijkvoorbeelden, vóór de zomer van 2026.',
    summary: 'ICC’ers uit het speciaal onderwijs en educatiemedewerkers van musea en theaters delen wat werkt en wat niet.',
    description:
      'De groep begint bij de vraag van de scholen: wat maakt een bezoek of workshop haalbaar voor onze leerlingen? Deelnemers brengen ervaringen in, proberen samen aanpassingen uit en leggen vast wat anderen kunnen gebruiken.',
    phase: 'actief',
    moderators: [{ name: 'Hanneke Bos', role: 'Moderator leergemeenschap', email: 'hanneke.bos@kunstgebouw.example' }],
    regions: ['waterweg-en-ijssel', 'zuid-holland-midden'],
    themes: ['SOCIAL_DOMAIN'],
    disciplines: ['HERITAGE', 'THEATRE'],
    sectors: ['SO', 'VSO', 'SBO'],
    project: 'leergemeenschap-speciaal-onderwijs-bereiken',
    meetings: [
      {
        date: '2025-10-09',
        place: 'Kroepoekfabriek, Vlaardingen',
        report:
          'Kennismaking en intervisie: elke deelnemer bracht één bezoek mee dat goed ging en één dat misging. Wat terugkwam: voorbereiding in de klas, een vaste begeleider en prikkelarme ruimtes.',
      },
      { date: '2026-01-22', online: true, report: 'De eerste versie van de checklist besproken; drie scholen proberen hem uit.' },
    ],
  },
  {
    slug: 'iccers-en-aanbieders-samen',
    title: 'ICC’ers en aanbieders samen',
    question: 'Hoe sluit het aanbod van cultuuraanbieders beter aan op de wensen en leerlijnen van scholen?',
    goal: 'Een gezamenlijke werkwijze voor kennismakingsgesprekken tussen school en aanbieder.',
    summary: 'Interne cultuurcoördinatoren en cultuurpartners leren elkaars taal spreken: van cultuurmenu naar samen ontwikkelen.',
    description:
      'Scholen willen aanbod dat past bij hun visie en leerlijnen; aanbieders willen weten wat er in de klas gebeurt. In snuffelstages en kennismakingsgesprekken leren ze van elkaar.',
    phase: 'start',
    moderators: [{ name: 'Wouter Kramer', role: 'Adviseur cultuuronderwijs', email: 'wouter.kramer@hart.example' }],
    regions: ['zuid-kennemerland'],
    themes: ['IN_AND_OUT_OF_SCHOOL', 'CITIZENSHIP'],
    disciplines: ['MULTIDISCIPLINARY'],
    sectors: ['BO'],
    meetings: [{ date: '2026-02-12', place: 'Hart, Haarlem', report: 'Startbijeenkomst: de vraag en het doel samen bepaald.' }],
  },
  {
    slug: 'co-teaching-kunstvakdocent-en-leerkracht',
    title: 'Co-teaching: kunstvakdocent en leerkracht',
    question: 'Hoe geven een kunstvakdocent en een groepsleerkracht samen les, zodat de leerkracht het daarna zelf kan?',
    goal: 'Een handreiking co-teaching met werkvormen, getest in zes scholen.',
    summary: 'Vakdocenten en leerkrachten delen ervaringen met samen lesgeven en maken een handreiking.',
    description:
      'Na twee jaar samen lesgeven in groep 5 tot en met 8 is de handreiking klaar en gedeeld. Het doel is bereikt: de leergemeenschap stopt, de kennis blijft op het platform.',
    phase: 'doel_bereikt',
    moderators: [{ name: 'Esther de Wit', role: 'Moderator leergemeenschap', email: 'esther.dewit@kunstgebouw.example' }],
    regions: ['zuid-holland-midden'],
    themes: ['CRAFTSMANSHIP', 'LANGUAGE_AND_ART'],
    disciplines: ['MUSIC', 'VISUAL_ARTS', 'DANCE'],
    sectors: ['BO'],
    meetings: [
      { date: '2024-09-19', place: 'Museum Gouda', report: 'Werkvormen uitgewisseld; afspraak dat elk duo één les filmt.' },
      { date: '2025-06-05', online: true, report: 'Handreiking vastgesteld en gedeeld.' },
    ],
  },
];

export interface KnowledgeSeed {
  slug: string;
  title: string;
  kind:
    | 'praktijkvoorbeeld'
    | 'werkvorm'
    | 'onderzoekssamenvatting'
    | 'publicatie'
    | 'podcast'
    | 'video'
    | 'factsheet'
    | 'falen_en_leren'
    | 'richtlijn';
  summary: string;
  body: string;
  themes: string[];
  disciplines: string[];
  sectors: string[];
  region?: string;
  community?: string;
  authors: { name: string; organisation?: string }[];
  usefulFor: ('iccer' | 'vakdocent' | 'cultuurpartner' | 'ambtenaar' | 'directeur')[];
  links?: { label: string; url: string }[];
}

export const KNOWLEDGE_ITEMS: KnowledgeSeed[] = [
  {
    slug: 'museumbezoek-voorbereiden-in-het-so',
    title: 'Een museumbezoek voorbereiden met een so-klas',
    kind: 'praktijkvoorbeeld',
    summary:
      'Hoe een school voor speciaal onderwijs en een museum een rondleiding samen aanpasten: kleinere groepen, vaste begeleider, foto’s vooraf.',
    body: 'De leerlingen kregen een week vooraf een fotoboekje van de route. De rondleider kwam eerst naar school. In het museum liep de groep in drietallen met een vaste begeleider.\n\n**Wat we anders zouden doen:** meer rustmomenten inplannen.',
    themes: ['SOCIAL_DOMAIN'],
    disciplines: ['HERITAGE'],
    sectors: ['SO'],
    region: 'waterweg-en-ijssel',
    community: 'speciaal-onderwijs-beter-bereiken',
    authors: [{ name: 'Rik Veenstra', organisation: 'ICC’er, school voor speciaal onderwijs' }],
    usefulFor: ['iccer', 'cultuurpartner'],
  },
  {
    slug: 'checklist-toegankelijk-aanbod',
    title: 'Checklist toegankelijk aanbod voor speciaal onderwijs',
    kind: 'richtlijn',
    summary:
      'Twintig vragen die een aanbieder zich stelt voordat een so- of vso-groep komt: ruimte, prikkels, tempo, begeleiding, vervoer.',
    body: 'De checklist is in de leergemeenschap opgesteld en door drie scholen uitgeprobeerd. Gebruik hem bij het kennismakingsgesprek met de school.',
    themes: ['SOCIAL_DOMAIN'],
    disciplines: ['MULTIDISCIPLINARY'],
    sectors: ['SO', 'VSO', 'SBO'],
    region: 'zuid-holland-midden',
    community: 'speciaal-onderwijs-beter-bereiken',
    authors: [{ name: 'Hanneke Bos', organisation: 'Kunstgebouw' }],
    usefulFor: ['cultuurpartner', 'iccer', 'directeur'],
  },
  {
    slug: 'te-grote-groep-in-het-theater',
    title: 'Falen en leren: een te grote groep in het theater',
    kind: 'falen_en_leren',
    summary: 'Een voorstelling voor drie vso-klassen tegelijk liep mis. Wat we ervan leerden over groepsgrootte en voorbereiding.',
    body: 'Negentig leerlingen in één zaal bleek te veel: de onrust sloeg over. De volgende keer speelden we drie kortere voorstellingen voor één klas, met een nagesprek in de klas.',
    themes: ['SOCIAL_DOMAIN'],
    disciplines: ['THEATRE'],
    sectors: ['VSO'],
    region: 'waterweg-en-ijssel',
    community: 'speciaal-onderwijs-beter-bereiken',
    authors: [{ name: 'Samira Bouzid', organisation: 'Educatiemedewerker theater' }],
    usefulFor: ['cultuurpartner', 'vakdocent'],
  },
  {
    slug: 'werkvorm-visuele-routekaart',
    title: 'Werkvorm: de visuele routekaart',
    kind: 'werkvorm',
    summary:
      'Teken samen met school en aanbieder de route van vraag naar activiteit, met de uitdagingen en wie wat doet; zoals de praatplaten van de CmK-bijeenkomst.',
    body: '**Duur:** 45 minuten. **Nodig:** een groot vel, stiften.\n\n1. Teken waar de school nu staat.\n2. Teken waar ze naartoe wil.\n3. Zet de drempels en de partners onderweg erop.',
    themes: ['IN_AND_OUT_OF_SCHOOL'],
    disciplines: ['VISUAL_ARTS'],
    sectors: ['BO', 'SBO'],
    region: 'zuid-kennemerland',
    community: 'iccers-en-aanbieders-samen',
    authors: [{ name: 'Wouter Kramer', organisation: 'Hart' }],
    usefulFor: ['iccer', 'cultuurpartner', 'ambtenaar'],
  },
  {
    slug: 'werkvorm-intervisie-in-drietallen',
    title: 'Werkvorm: intervisie in drietallen',
    kind: 'werkvorm',
    summary: 'Een vaste opbouw voor intervisie: één casus, één vraagsteller, twee bevragers, tien minuten per ronde.',
    body: 'De vraagsteller brengt een situatie uit de eigen praktijk in. De anderen stellen alleen open vragen, geen adviezen. Na drie rondes benoemt de vraagsteller wat hij meeneemt.',
    themes: ['CRAFTSMANSHIP'],
    disciplines: ['MULTIDISCIPLINARY'],
    sectors: ['BO', 'VMBO'],
    community: 'co-teaching-kunstvakdocent-en-leerkracht',
    authors: [{ name: 'Esther de Wit', organisation: 'Kunstgebouw' }],
    usefulFor: ['vakdocent', 'iccer'],
  },
  {
    slug: 'samenvatting-onderzoek-co-teaching',
    title: 'Onderzoek in het kort: wat co-teaching oplevert',
    kind: 'onderzoekssamenvatting',
    summary: 'Een samenvatting van wat de leergemeenschap uit eigen metingen haalde: leerkrachten geven na een jaar vaker zelf muziekles.',
    body: 'Zes duo’s hielden een logboek bij. Bij vijf van de zes gaf de leerkracht na een jaar zelfstandig een deel van de lessen. Het gaat om een kleine groep: lees het als een aanwijzing, niet als bewijs.',
    themes: ['CRAFTSMANSHIP'],
    disciplines: ['MUSIC'],
    sectors: ['BO'],
    region: 'zuid-holland-midden',
    community: 'co-teaching-kunstvakdocent-en-leerkracht',
    authors: [{ name: 'Esther de Wit', organisation: 'Kunstgebouw' }],
    usefulFor: ['directeur', 'vakdocent', 'ambtenaar'],
  },
  {
    slug: 'handreiking-co-teaching',
    title: 'Handreiking co-teaching in de kunstvakken',
    kind: 'publicatie',
    summary: 'De handreiking van de leergemeenschap: rollen, planning, drie lesmodellen en hoe je het overdraagt aan de leerkracht.',
    body: 'De handreiking beschrijft drie modellen: voordoen en meedoen, samen ontwerpen, en de leerkracht leidt met de vakdocent als coach.',
    themes: ['CRAFTSMANSHIP', 'LANGUAGE_AND_ART'],
    disciplines: ['MUSIC', 'VISUAL_ARTS', 'DANCE'],
    sectors: ['BO'],
    region: 'zuid-holland-midden',
    community: 'co-teaching-kunstvakdocent-en-leerkracht',
    authors: [
      { name: 'Esther de Wit', organisation: 'Kunstgebouw' },
      { name: 'Joost Hendriks', organisation: 'Vakdocent muziek' },
    ],
    usefulFor: ['vakdocent', 'directeur'],
  },
  {
    slug: 'podcast-cultuur-als-oplossing',
    title: 'Podcast: cultuur als oplossing in het sociaal domein',
    kind: 'podcast',
    summary: 'Een ambtenaar, een ICC’er en een aanbieder over cultuureducatie als bijdrage aan welzijn en weerbaarheid van jongeren.',
    body: 'In deze aflevering: waarom cultuureducatie meer is dan een extraatje, en hoe je een wethouder meeneemt naar een les.',
    themes: ['SOCIAL_DOMAIN', 'CITIZENSHIP'],
    disciplines: ['MULTIDISCIPLINARY'],
    sectors: ['BO', 'VMBO'],
    region: 'waterweg-en-ijssel',
    authors: [{ name: 'Redactie kennisplatform' }],
    usefulFor: ['ambtenaar', 'cultuurpartner'],
  },
  {
    slug: 'video-snuffelstage-bij-een-museum',
    title: 'Video: een snuffelstage bij een museum',
    kind: 'video',
    summary: 'Een leerkracht loopt een dag mee met de educatieafdeling van een museum en vertelt wat ze meeneemt naar de klas.',
    body: 'Een korte video (acht minuten) uit de videoserie over leren van elkaar.',
    themes: ['IN_AND_OUT_OF_SCHOOL'],
    disciplines: ['HERITAGE'],
    sectors: ['BO'],
    region: 'zuid-kennemerland',
    community: 'iccers-en-aanbieders-samen',
    authors: [{ name: 'Redactie kennisplatform' }],
    usefulFor: ['iccer', 'vakdocent'],
  },
  {
    slug: 'factsheet-cultuureducatie-in-de-gemeente',
    title: 'Factsheet: cultuureducatie onder de aandacht van de gemeente',
    kind: 'factsheet',
    summary:
      'Eén pagina voor het overleg met wethouder en ambtenaren: wat CmK is, wat scholen doen en waar het aanbod blinde vlekken heeft.',
    body: 'Plekken om het onder de aandacht te brengen: het ambtelijk overleg, een schoolbezoek, een uitnodiging voor een les, de presentatie in de gemeenteraad.',
    themes: ['CITIZENSHIP'],
    disciplines: ['MULTIDISCIPLINARY'],
    sectors: ['BO', 'SO', 'VMBO'],
    region: 'waterweg-en-ijssel',
    authors: [{ name: 'Redactie kennisplatform' }],
    usefulFor: ['ambtenaar', 'directeur'],
  },
];
