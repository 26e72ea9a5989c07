/**
 * Sixty offers in the editors' own words. One line each:
 * title | partner slug | disciplines | sectors | grades | offer type | location | summary | themes | project
 */
const LINES = `
Het geheim van de fossielen | teylers-museum | HERITAGE | BO | 5-8 | bezoek | bij_partner | Leerlingen onderzoeken echte fossielen en ontdekken hoe Teylers ze tweehonderd jaar geleden verzamelde. | SCIENCE_AND_TECHNOLOGY |
Rondleiding op maat voor het speciaal onderwijs | teylers-museum | HERITAGE,VISUAL_ARTS | SBO,SO | 3-8 | bezoek | bij_partner | Een rustige rondleiding met voelobjecten en vaste pictogrammen, samen met scholen ontwikkeld. | SOCIAL_DOMAIN | cultureel-speciaal
Instrumentenkabinet: natuurkunde die je hoort | teylers-museum | HERITAGE,MUSIC | VMBO,HAVO | 1-2 | workshop | bij_partner | Met historische instrumenten proefjes doen over geluid en trilling. | SCIENCE_AND_TECHNOLOGY |
Portretten kijken, portretten maken | frans-hals-museum | VISUAL_ARTS | BO | 3-6 | workshop | bij_partner | Kijken naar de schutters van Frans Hals en daarna zelf een groepsportret van de klas schilderen. | LANGUAGE_AND_ART | de-culturele-kookpot
Hedendaagse kunst in de Hal | frans-hals-museum | VISUAL_ARTS,MEDIA | HAVO,VWO | 4-5 | bezoek | bij_partner | Een gesprek voor de bovenbouw over wat kunst vandaag kan zijn, met een opdracht voor CKV. | CITIZENSHIP |
Lesmateriaal Gouden Eeuw in de klas | frans-hals-museum | HERITAGE,VISUAL_ARTS | BO | 7-8 | lesmateriaal | online | Digitale lessen met beelden uit de collectie, voor drie lessen voorafgaand aan of na een bezoek. | |
Achter de schermen van het theater | toneelschuur | THEATRE | VMBO,PRO | 2-4 | project | bij_partner | Leerlingen draaien een week mee met techniek, decor en kassa en ontdekken welke beroepen er in een theater zijn. | CAREER_ORIENTATION,CRAFTSMANSHIP | cultuur023
Jeugdvoorstelling: De jongen die de zee wilde zien | toneelschuur | THEATRE | BO | 3-5 | voorstelling | bij_partner | Een voorstelling over durven en verlangen, met een nagesprek met de spelers. | |
Filmles: kijken met andere ogen | toneelschuur | MEDIA | VWO,HAVO | 3-5 | lessenreeks | op_school | Drie lessen filmanalyse met fragmenten uit de actuele programmering. | LANGUAGE_AND_ART |
Bandcoaching in het poppodium | patronaat | MUSIC | VMBO,PRO | 3-4 | lessenreeks | bij_partner | Zes middagen repeteren met een professionele coach, afgesloten met een optreden op het echte podium. | CRAFTSMANSHIP,CAREER_ORIENTATION | cultuur023
Werken in de muziek: van roadie tot geluidstechnicus | patronaat | MUSIC | MBO | 1-2 | workshop | bij_partner | Mbo-studenten lopen een dag mee met de crew en bouwen zelf een podium op. | CAREER_ORIENTATION |
Popkoor op school | patronaat | MUSIC | BO | 6-8 | lessenreeks | op_school | Een vakdocent zingt vier weken met de groep en sluit af met een optreden voor ouders. | |
Voorleesexpres | bibliotheek-zuid-kennemerland | LITERATURE | BO | 1-3 | lessenreeks | op_school | Een leesconsulent leest wekelijks voor en laat kinderen zelf verhalen vertellen. | LANGUAGE_AND_ART |
Maakplaats: programmeren en vormgeven | bibliotheek-zuid-kennemerland | MEDIA,ARCHITECTURE_DESIGN | BO | 5-8 | workshop | bij_partner | In de maakplaats ontwerpen leerlingen een object en programmeren ze een lichtje of sensor erin. | SCIENCE_AND_TECHNOLOGY,IN_AND_OUT_OF_SCHOOL |
Schrijversbezoek in de klas | bibliotheek-zuid-kennemerland | LITERATURE | VMBO,HAVO,VWO | 1-2 | bezoek | op_school | Een jeugdboekenschrijver vertelt over het schrijven en leest voor uit eigen werk. | LANGUAGE_AND_ART |
Dans in de klas | casca-heemstede | DANCE | BO | 1-4 | lessenreeks | op_school | Vier danslessen waarin kinderen bewegen op muziek en samen een korte dans maken. | |
Muziek maken met de hele groep | casca-heemstede | MUSIC | BO,SBO | 5-6 | lessenreeks | op_school | Een vakdocent muziek leert de groep samen spelen op slagwerk en ukelele. | |
Nascholing: dans geven zonder danservaring | casca-heemstede | DANCE | BO,SBO | | nascholing | in_overleg | Twee studiemiddagen voor leerkrachten die zelf dansles willen geven. | | 
Zandvoort, van vissersdorp tot badplaats | zandvoorts-museum | HERITAGE | BO | 5-8 | bezoek | bij_partner | Leerlingen zoeken in het museum en op de boulevard sporen van het oude vissersdorp. | CITIZENSHIP |
Monumentendag op school | zandvoorts-museum | HERITAGE,ARCHITECTURE_DESIGN | BO,SBO | 6-8 | project | in_overleg | Een project rond de monumentendagen: een monument in de buurt adopteren en presenteren. | CITIZENSHIP,IN_AND_OUT_OF_SCHOOL |
Kinderkunstlijn: kunst langs de boulevard | kinderkunstlijn-zandvoort | VISUAL_ARTS,MULTIDISCIPLINARY | BO,SO | 3-8 | project | op_school | Elke groep maakt een kunstwerk voor de jaarlijkse kinderkunstlijn langs de boulevard. | IN_AND_OUT_OF_SCHOOL |
Schoolfilmvoorstelling met nagesprek | filmschuur-haarlem | MEDIA | BO | 5-8 | voorstelling | bij_partner | Een jeugdfilm in de filmzaal, met een filmeducator die het gesprek na afloop leidt. | |
Zelf een animatiefilm maken | filmschuur-haarlem | MEDIA,VISUAL_ARTS | VSO,PRO | 1-3 | workshop | op_school | Met tablets en klei maken leerlingen in één dagdeel een korte stop-motionfilm. | CRAFTSMANSHIP |
Mediawijs online: nepnieuws herkennen | filmschuur-haarlem | MEDIA | VMBO,HAVO,VWO | 1-3 | lesmateriaal | online | Een online les met fragmenten en opdrachten over beeldmanipulatie. | CITIZENSHIP |
ICC-cursus | hart-haarlem | MULTIDISCIPLINARY | BO,SBO,SO | | nascholing | bij_partner | De cursus voor interne cultuurcoördinatoren: een visie op cultuuronderwijs schrijven en een cultuurplan maken. | |
Studiemiddag muziek, beeldend of drama | hart-haarlem | MUSIC,VISUAL_ARTS,THEATRE | BO | | nascholing | in_overleg | Verdieping voor leerkrachten van CmK-scholen in één van de drie disciplines. | | de-culturele-kookpot
Theaterlessen: spelen met taal | hart-haarlem | THEATRE,LITERATURE | BO | 4-6 | lessenreeks | op_school | Vijf dramalessen waarin leerlingen met woorden, stem en lijf een scène maken. | LANGUAGE_AND_ART | de-culturele-kookpot
Cultuurcoach in de wijk | hart-haarlem | MULTIDISCIPLINARY | BO,SBO | 5-8 | project | in_overleg | Een cultuurcoach verbindt school en naschoolse activiteiten in Schalkwijk. | SOCIAL_DOMAIN,IN_AND_OUT_OF_SCHOOL |
Praatplaat van de school | huis-van-verbeelding | VISUAL_ARTS | BO,SBO | 6-8 | workshop | op_school | Kunstenaars tekenen mee terwijl de klas praat over de eigen school en buurt; het resultaat hangt in de gang. | CITIZENSHIP |
Visuele routekaart voor het team | huis-van-verbeelding | VISUAL_ARTS,MULTIDISCIPLINARY | BO,SO | | nascholing | op_school | Het schoolteam tekent samen de route naar goed cultuuronderwijs, begeleid door twee kunstenaars. | |
Muziek in de Kroepoekfabriek | kroepoekfabriek | MUSIC | VMBO,HAVO | 1-3 | voorstelling | bij_partner | Een schoolconcert van jonge muzikanten uit de regio, met een vraaggesprek over hun vak. | CAREER_ORIENTATION |
Theaterworkshop in de fabriek | kroepoekfabriek | THEATRE | BO | 7-8 | workshop | bij_partner | Spelen in een echte theaterzaal, met licht en geluid van de technici van het huis. | |
Podiumproject: van muziekles naar optreden | kroepoekfabriek | MUSIC,MULTIDISCIPLINARY | BO | 7-8 | project | in_overleg | Een traject van muziekles op school naar een optreden in het poppodium. | IN_AND_OUT_OF_SCHOOL |
Cultuur in de wijk Krimpen | synerkri | MULTIDISCIPLINARY | BO,SBO | 3-8 | project | in_overleg | Scholen, buurthuis en cultuuraanbieders maken samen een wijkvoorstelling. | SOCIAL_DOMAIN,IN_AND_OUT_OF_SCHOOL |
Weerbaar met theater | synerkri | THEATRE | VMBO,PRO | 1-2 | lessenreeks | op_school | Met theateroefeningen werken aan zelfvertrouwen en grenzen aangeven. | SOCIAL_DOMAIN |
Schoolvoorstelling: Het Dappere Snijdertje | stadsgehoorzaal-vlaardingen | THEATRE,MUSIC | BO | 1-4 | voorstelling | bij_partner | Een muziektheatervoorstelling naar het sprookje, met live muziek. | |
Dansvoorstelling: Grenzeloos | stadsgehoorzaal-vlaardingen | DANCE | VMBO,HAVO,VWO | 2-4 | voorstelling | bij_partner | Een dansvoorstelling over grenzen, met een inleiding op school vooraf. | CITIZENSHIP |
Haringvisserij in de klas | museum-vlaardingen | HERITAGE | BO | 5-7 | lesmateriaal | online | Lespakket met filmpjes en opdrachten over de haringvisserij en de haven. | |
Havenwandeling met de museumgids | museum-vlaardingen | HERITAGE,ARCHITECTURE_DESIGN | BO,SBO | 6-8 | bezoek | bij_partner | Een wandeling langs de oude haven en de visserijgebouwen. | IN_AND_OUT_OF_SCHOOL |
Atelier in het museum | stedelijk-museum-schiedam | VISUAL_ARTS | BO | 3-8 | workshop | bij_partner | Kijken naar moderne kunst en daarna zelf experimenteren in het museumatelier. | |
CKV-bezoek: kunst na 1945 | stedelijk-museum-schiedam | VISUAL_ARTS | HAVO,VWO | 4-5 | bezoek | bij_partner | Rondleiding langs de CoBrA-collectie met een opdracht voor het CKV-dossier. | |
Jeugdtheater: Het geheim van de Schie | theater-aan-de-schie | THEATRE | BO,SO | 4-8 | voorstelling | bij_partner | Een spannende voorstelling over de stad, geschikt voor leerlingen die prikkelgevoelig zijn. | SOCIAL_DOMAIN |
Hiphop en streetdance op school | theater-aan-de-schie | DANCE | VMBO,PRO,VSO | 1-3 | lessenreeks | op_school | Zes lessen streetdance met een docent uit de Schiedamse danscene. | |
Digitaal prentenboek maken | bibliotheek-aan-den-ijssel | LITERATURE,MEDIA | BO | 3-5 | workshop | op_school | Leerlingen schrijven en tekenen een eigen prentenboek en zetten het op de tablet. | LANGUAGE_AND_ART |
Poëzie in de klas | bibliotheek-aan-den-ijssel | LITERATURE | VMBO,HAVO | 1-2 | lessenreeks | op_school | Drie lessen waarin leerlingen gedichten lezen, schrijven en voordragen. | LANGUAGE_AND_ART |
Leesbevordering voor leerkrachten | bibliotheek-aan-den-ijssel | LITERATURE | BO,SBO | | nascholing | online | Een online training over voorlezen en boekkeuze in de klas. | |
Willem van Oranje: speurtocht | museum-prinsenhof-delft | HERITAGE | BO | 5-8 | bezoek | bij_partner | Een speurtocht door het Prinsenhof naar de kogelgaten en het verhaal van de Opstand. | CITIZENSHIP |
Delfts blauw ontwerpen | museum-prinsenhof-delft | ARCHITECTURE_DESIGN,HERITAGE | BO,SBO | 4-7 | workshop | bij_partner | Leerlingen ontwerpen een eigen tegel in de traditie van Delfts blauw. | CRAFTSMANSHIP |
Muziektheater voor de onderbouw | theater-de-veste | MUSIC,THEATRE | BO | 1-3 | voorstelling | bij_partner | Een vrolijke voorstelling vol liedjes voor kleuters en groep 3. | |
Toneelworkshop voor de bovenbouw | theater-de-veste | THEATRE | HAVO,VWO | 4-5 | workshop | op_school | Een theatermaker werkt met de klas aan een scène uit een actueel toneelstuk. | |
Gouda in de Middeleeuwen | museum-gouda | HERITAGE | BO | 6-8 | bezoek | bij_partner | Leerlingen ontdekken in het oude gasthuis hoe zieken en armen vroeger werden verzorgd. | |
Erfgoedspel online | museum-gouda | HERITAGE,MEDIA | PRO,VSO | 1-4 | lesmateriaal | online | Een digitaal spel over de geschiedenis van Gouda voor praktijk- en VSO-leerlingen. | |
Animatieworkshop in het filmhuis | filmhuis-gouda | MEDIA | BO | 6-8 | workshop | bij_partner | In een ochtend maken leerlingen een korte animatie en zien ze hem op het grote doek. | |
Filmklassiekers voor het mbo | filmhuis-gouda | MEDIA | MBO | 1-3 | voorstelling | bij_partner | Filmvertoning met inleiding over burgerschap en beeldtaal voor mbo-studenten. | CITIZENSHIP |
Van Rembrandt tot De Stijl | museum-de-lakenhal | VISUAL_ARTS,ARCHITECTURE_DESIGN | VWO,HAVO | 2-4 | bezoek | bij_partner | Een rondleiding langs vier eeuwen Leidse kunst en vormgeving. | |
De Stijl in de klas | museum-de-lakenhal | ARCHITECTURE_DESIGN | BO | 6-8 | lesmateriaal | op_school | Leskist met opdrachten in de geest van Mondriaan en Van Doesburg. | SCIENCE_AND_TECHNOLOGY |
Oud dorp, nieuwe stad | stadsmuseum-zoetermeer | HERITAGE,ARCHITECTURE_DESIGN | BO | 5-8 | project | in_overleg | Leerlingen onderzoeken hoe Zoetermeer van dorp tot stad groeide en maken een maquette. | CITIZENSHIP |
Kunstlab: schilderen als de meesters | dordrechts-museum | VISUAL_ARTS | BO,SBO | 5-8 | workshop | bij_partner | In het kunstlab leren leerlingen verf maken en schilderen zoals de Dordtse meesters. | CRAFTSMANSHIP |
Kunstkijken voor het mbo | dordrechts-museum | VISUAL_ARTS | MBO | 1-2 | bezoek | bij_partner | Een bezoek met een opdracht over beeld en beroep voor studenten van creatieve opleidingen. | CAREER_ORIENTATION |
Samen een voorstelling maken | toneelvereniging-de-ijsselspelers | THEATRE | BO,SBO | 6-8 | project | op_school | Leden van de toneelvereniging maken met de groep een eindvoorstelling. | IN_AND_OUT_OF_SCHOOL |
Ontwerp je eigen speelplek | atelier-noortje-smit | ARCHITECTURE_DESIGN,VISUAL_ARTS | BO | 5-8 | project | op_school | De klas ontwerpt een speelplek voor het schoolplein en bouwt er een maquette van. | SCIENCE_AND_TECHNOLOGY,CITIZENSHIP |
Ruimtelijk werken voor het vso | atelier-noortje-smit | ARCHITECTURE_DESIGN | VSO | 2-5 | workshop | in_overleg | Een workshop met hout en karton, aangepast aan de mogelijkheden van de groep. | CRAFTSMANSHIP |
Cultuurmenu-gesprek met de ICC’er | kunstgebouw | MULTIDISCIPLINARY | BO,SBO,SO | | nascholing | online | Een online gesprek waarin een adviseur met de ICC’er het cultuurmenu van volgend schooljaar samenstelt. | |
Evi invullen en bespreken | kunstgebouw | MULTIDISCIPLINARY | VMBO,HAVO,VWO,PRO | | nascholing | in_overleg | Begeleiding bij het invullen van Evi en een gesprek over de uitkomsten met het team. | |
`;

export interface OfferSeed {
  slug: string;
  title: string;
  partner: string;
  disciplines: string[];
  sectors: string[];
  gradeFrom: number | null;
  gradeTo: number | null;
  offerType: string;
  locationType: string;
  summary: string;
  themes: string[];
  project: string | null;
  audience: 'leerlingen' | 'leraren';
}

export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export const OFFERS: OfferSeed[] = LINES.trim()
  .split('\n')
  .map((line) => {
    const [
      title = '',
      partner = '',
      disciplines = '',
      sectors = '',
      grades = '',
      offerType = '',
      locationType = '',
      summary = '',
      themes = '',
      project = '',
    ] = line.split('|').map((c) => c.trim());
    const [from, to] = grades ? grades.split('-').map(Number) : [null, null];
    return {
      slug: slugify(title),
      title,
      partner,
      disciplines: list(disciplines),
      sectors: list(sectors),
      gradeFrom: from,
      gradeTo: to,
      offerType,
      locationType,
      summary,
      themes: list(themes),
      project: project || null,
      audience: offerType === 'nascholing' ? 'leraren' : 'leerlingen',
    };
  });
