/** The fixed lists editors pick from. Codes match the GraphQL enums; names are what people read. */

export const DISCIPLINES = [
  { code: 'VISUAL_ARTS', name: 'Beeldend', nameEn: 'Visual arts' },
  { code: 'DANCE', name: 'Dans', nameEn: 'Dance' },
  { code: 'THEATRE', name: 'Drama en theater', nameEn: 'Theatre' },
  { code: 'MUSIC', name: 'Muziek', nameEn: 'Music' },
  { code: 'MEDIA', name: 'Media (film, fotografie, digitaal)', nameEn: 'Media (film, photo, digital)' },
  { code: 'LITERATURE', name: 'Literatuur', nameEn: 'Literature' },
  { code: 'HERITAGE', name: 'Erfgoed', nameEn: 'Heritage' },
  { code: 'ARCHITECTURE_DESIGN', name: 'Architectuur en vormgeving', nameEn: 'Architecture and design' },
  { code: 'MULTIDISCIPLINARY', name: 'Multidisciplinair', nameEn: 'Multidisciplinary' },
];

export const SECTORS = [
  { code: 'BO', name: 'Basisonderwijs', nameEn: 'Primary education', level: 'po', gradeMin: 1, gradeMax: 8, gradeUnit: 'groep' },
  {
    code: 'SBO',
    name: 'Speciaal basisonderwijs',
    nameEn: 'Special primary education',
    level: 'po',
    gradeMin: 1,
    gradeMax: 8,
    gradeUnit: 'groep',
  },
  { code: 'SO', name: 'Speciaal onderwijs', nameEn: 'Special education', level: 'po', gradeMin: 1, gradeMax: 8, gradeUnit: 'groep' },
  {
    code: 'VSO',
    name: 'Voortgezet speciaal onderwijs',
    nameEn: 'Special secondary education',
    level: 'vo',
    gradeMin: 1,
    gradeMax: 6,
    gradeUnit: 'leerjaar',
  },
  { code: 'PRO', name: 'Praktijkonderwijs', nameEn: 'Practical education', level: 'vo', gradeMin: 1, gradeMax: 6, gradeUnit: 'leerjaar' },
  {
    code: 'VMBO',
    name: 'Vmbo (bb, kb, gl, tl)',
    nameEn: 'Pre-vocational secondary education',
    level: 'vo',
    gradeMin: 1,
    gradeMax: 4,
    gradeUnit: 'leerjaar',
  },
  {
    code: 'HAVO',
    name: 'Havo',
    nameEn: 'Senior general secondary education',
    level: 'vo',
    gradeMin: 1,
    gradeMax: 5,
    gradeUnit: 'leerjaar',
  },
  { code: 'VWO', name: 'Vwo', nameEn: 'Pre-university education', level: 'vo', gradeMin: 1, gradeMax: 6, gradeUnit: 'leerjaar' },
  { code: 'MBO', name: 'Mbo (niveau 1–4)', nameEn: 'Vocational education', level: 'mbo', gradeMin: 1, gradeMax: 4, gradeUnit: 'leerjaar' },
];

export const THEMES = [
  { code: 'CITIZENSHIP', name: 'Burgerschap', nameEn: 'Citizenship' },
  { code: 'CRAFTSMANSHIP', name: 'Vakmanschap en meesterschap', nameEn: 'Craftsmanship' },
  { code: 'CAREER_ORIENTATION', name: 'Beroepsoriëntatie', nameEn: 'Career orientation' },
  { code: 'LANGUAGE_AND_ART', name: 'Taal en kunst', nameEn: 'Language and art' },
  { code: 'SCIENCE_AND_TECHNOLOGY', name: 'Wetenschap en techniek', nameEn: 'Science and technology' },
  { code: 'SOCIAL_DOMAIN', name: 'Sociaal domein en welzijn', nameEn: 'Social domain and well-being' },
  { code: 'IN_AND_OUT_OF_SCHOOL', name: 'Binnen- en buitenschools', nameEn: 'In and out of school' },
];

export const KERNDOELEN = [
  {
    code: 'PO-54',
    level: 'po',
    name: 'Kerndoel 54: beelden, taal, muziek, spel en beweging gebruiken',
    description:
      'De leerlingen leren beelden, muziek, taal, spel en beweging te gebruiken om er gevoelens en ervaringen mee uit te drukken en om er mee te communiceren.',
  },
  {
    code: 'PO-55',
    level: 'po',
    name: 'Kerndoel 55: reflecteren op eigen werk en dat van anderen',
    description: 'De leerlingen leren op eigen werk en dat van anderen te reflecteren.',
  },
  {
    code: 'PO-56',
    level: 'po',
    name: 'Kerndoel 56: cultureel erfgoed',
    description: 'De leerlingen verwerven enige kennis over en krijgen waardering voor aspecten van cultureel erfgoed.',
  },
  {
    code: 'VO-48',
    level: 'vo',
    name: 'Kerndoel 48: kunstzinnige activiteiten uitvoeren',
    description:
      'De leerling leert eigen gevoelens en ervaringen uit te drukken en vorm te geven met beelden, muziek, taal, spel en beweging.',
  },
  {
    code: 'VO-49',
    level: 'vo',
    name: 'Kerndoel 49: kunstvakken verkennen',
    description: 'De leerling leert kunstzinnige activiteiten uit te voeren en zich daarbij te oriënteren op kunstvakken en kunstuitingen.',
  },
  {
    code: 'VO-50',
    level: 'vo',
    name: 'Kerndoel 50: kunst en cultuur beleven',
    description: 'De leerling leert kunst en cultuur te beleven en er betekenis aan te geven, ook buiten de school.',
  },
  {
    code: 'VO-51',
    level: 'vo',
    name: 'Kerndoel 51: reflecteren en presenteren',
    description: 'De leerling leert te reflecteren op eigen werk en dat van anderen en daarover te rapporteren.',
  },
  {
    code: 'VO-52',
    level: 'vo',
    name: 'Kerndoel 52: kunst in de eigen omgeving',
    description: 'De leerling leert over de rol van kunst en cultuur in de eigen omgeving en in andere culturen en tijden.',
  },
  // The new kerndoelen take legal effect on 1 August 2027; editors can adjust the wording here.
  {
    code: 'KC-MAKEN',
    level: 'po',
    name: 'Kunst en cultuur: maken',
    description: 'Nieuw kerndoel (domein maken); geldt vanaf 1 augustus 2027.',
    validFrom: '2027-08-01',
  },
  {
    code: 'KC-WAARNEMEN',
    level: 'po',
    name: 'Kunst en cultuur: waarnemen',
    description: 'Nieuw kerndoel (domein waarnemen); geldt vanaf 1 augustus 2027.',
    validFrom: '2027-08-01',
  },
  {
    code: 'KC-BELEVEN',
    level: 'po',
    name: 'Kunst en cultuur: beleven',
    description: 'Nieuw kerndoel (domein beleven); geldt vanaf 1 augustus 2027.',
    validFrom: '2027-08-01',
  },
];

/**
 * Real CBS codes (reference year 2025). `latitude`/`longitude`: the centre of the main town,
 * rounded to 0.01° (about 1 km), entered by hand so distance search has a place for schools and
 * venues without coordinates of their own; the API marks positions taken from here `approximate`.
 * Not a survey: replace with CBS's municipality centroids when those are imported.
 */
export const MUNICIPALITIES = [
  { code: 'GM0392', name: 'Haarlem', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.38, longitude: 4.64 },
  { code: 'GM0397', name: 'Heemstede', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.35, longitude: 4.62 },
  { code: 'GM0473', name: 'Zandvoort', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.37, longitude: 4.53 },
  { code: 'GM0622', name: 'Vlaardingen', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.91, longitude: 4.34 },
  { code: 'GM0542', name: 'Krimpen aan den IJssel', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.92, longitude: 4.6 },
  { code: 'GM0606', name: 'Schiedam', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.92, longitude: 4.4 },
  { code: 'GM0556', name: 'Maassluis', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.92, longitude: 4.25 },
  { code: 'GM0502', name: 'Capelle aan den IJssel', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.93, longitude: 4.58 },
  { code: 'GM0503', name: 'Delft', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.01, longitude: 4.36 },
  { code: 'GM0513', name: 'Gouda', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.01, longitude: 4.71 },
  { code: 'GM0546', name: 'Leiden', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.16, longitude: 4.49 },
  { code: 'GM0637', name: 'Zoetermeer', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.06, longitude: 4.49 },
  { code: 'GM0505', name: 'Dordrecht', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.81, longitude: 4.67 },
  { code: 'GM0603', name: 'Rijswijk', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.04, longitude: 4.32 },
];

/** More real municipalities for the large generated catalogue. */
export const MORE_MUNICIPALITIES = [
  { code: 'GM0377', name: 'Bloemendaal', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.4, longitude: 4.62 },
  { code: 'GM0453', name: 'Velsen', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.46, longitude: 4.61 },
  { code: 'GM0394', name: 'Haarlemmermeer', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.3, longitude: 4.69 },
  { code: 'GM0363', name: 'Amsterdam', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.37, longitude: 4.9 },
  { code: 'GM0479', name: 'Zaanstad', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.44, longitude: 4.83 },
  { code: 'GM0375', name: 'Beverwijk', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.48, longitude: 4.66 },
  { code: 'GM0396', name: 'Heemskerk', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.51, longitude: 4.67 },
  { code: 'GM0383', name: 'Castricum', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.55, longitude: 4.67 },
  { code: 'GM0361', name: 'Alkmaar', provinceCode: 'PV27', provinceName: 'Noord-Holland', latitude: 52.63, longitude: 4.75 },
  { code: 'GM0599', name: 'Rotterdam', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.92, longitude: 4.48 },
  { code: 'GM0518', name: "'s-Gravenhage", provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.08, longitude: 4.31 },
  { code: 'GM1783', name: 'Westland', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.99, longitude: 4.21 },
  { code: 'GM0484', name: 'Alphen aan den Rijn', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.13, longitude: 4.66 },
  { code: 'GM1621', name: 'Lansingerland', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.99, longitude: 4.49 },
  { code: 'GM1926', name: 'Pijnacker-Nootdorp', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.02, longitude: 4.43 },
  { code: 'GM1916', name: 'Leidschendam-Voorburg', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.08, longitude: 4.39 },
  { code: 'GM1892', name: 'Zuidplas', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.97, longitude: 4.62 },
  { code: 'GM1930', name: 'Nissewaard', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.85, longitude: 4.33 },
  { code: 'GM1963', name: 'Hoeksche Waard', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.82, longitude: 4.41 },
  { code: 'GM0537', name: 'Katwijk', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.2, longitude: 4.4 },
  { code: 'GM0575', name: 'Noordwijk', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.24, longitude: 4.44 },
  { code: 'GM0629', name: 'Wassenaar', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 52.14, longitude: 4.4 },
  { code: 'GM0512', name: 'Gorinchem', provinceCode: 'PV28', provinceName: 'Zuid-Holland', latitude: 51.83, longitude: 4.97 },
  { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26', provinceName: 'Utrecht', latitude: 52.09, longitude: 5.12 },
  { code: 'GM0307', name: 'Amersfoort', provinceCode: 'PV26', provinceName: 'Utrecht', latitude: 52.16, longitude: 5.39 },
  { code: 'GM0772', name: 'Eindhoven', provinceCode: 'PV30', provinceName: 'Noord-Brabant', latitude: 51.44, longitude: 5.48 },
];
