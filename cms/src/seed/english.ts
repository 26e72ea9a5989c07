/**
 * The English version of every seeded document, keyed by slug. Written for a teacher reading English,
 * not word for word: names of venues, places, programmes and shows stay as they are, with a gloss
 * where a Dutch show title would otherwise mean nothing to the reader.
 */

export interface OfferEn {
  title: string;
  summary: string;
}

export const OFFERS_EN: Record<string, OfferEn> = {
  'het-geheim-van-de-fossielen': {
    title: 'The secret of the fossils',
    summary: 'Pupils examine real fossils and find out how Teylers collected them two hundred years ago.',
  },
  'rondleiding-op-maat-voor-het-speciaal-onderwijs': {
    title: 'A tailored tour for special education',
    summary: 'A calm tour with objects to touch and a fixed set of pictograms, developed together with schools.',
  },
  'instrumentenkabinet-natuurkunde-die-je-hoort': {
    title: 'The instrument cabinet: physics you can hear',
    summary: 'Experiments on sound and vibration using historical scientific instruments.',
  },
  'portretten-kijken-portretten-maken': {
    title: 'Looking at portraits, making portraits',
    summary: 'Looking at the militia portraits by Frans Hals, then painting a group portrait of the class.',
  },
  'hedendaagse-kunst-in-de-hal': {
    title: 'Contemporary art at the Hal',
    summary: 'A discussion for upper secondary pupils about what art can be today, with an assignment for CKV (arts and culture).',
  },
  'lesmateriaal-gouden-eeuw-in-de-klas': {
    title: 'The Golden Age in the classroom: teaching materials',
    summary: 'Digital lessons built on images from the collection: three lessons to use before or after a visit.',
  },
  'achter-de-schermen-van-het-theater': {
    title: 'Behind the scenes of the theatre',
    summary: 'Pupils spend a week with the technicians, set builders and box office and discover the jobs in a theatre.',
  },
  'jeugdvoorstelling-de-jongen-die-de-zee-wilde-zien': {
    title: 'Youth performance: De jongen die de zee wilde zien (The boy who wanted to see the sea)',
    summary: 'A play about courage and longing, followed by a conversation with the actors.',
  },
  'filmles-kijken-met-andere-ogen': {
    title: 'Film lessons: seeing with different eyes',
    summary: 'Three lessons in film analysis, using clips from the films currently showing.',
  },
  'bandcoaching-in-het-poppodium': {
    title: 'Band coaching at the pop venue',
    summary: 'Six afternoons of rehearsals with a professional coach, finishing with a gig on the real stage.',
  },
  'werken-in-de-muziek-van-roadie-tot-geluidstechnicus': {
    title: 'Working in music: from roadie to sound engineer',
    summary: 'Vocational students shadow the crew for a day and build a stage themselves.',
  },
  'popkoor-op-school': {
    title: 'Pop choir at school',
    summary: 'A music teacher sings with the class for four weeks, ending with a performance for the parents.',
  },
  voorleesexpres: {
    title: 'Voorleesexpres: the read-aloud programme',
    summary: 'A reading consultant reads aloud every week and encourages the children to tell stories of their own.',
  },
  'maakplaats-programmeren-en-vormgeven': {
    title: 'Makerspace: coding and design',
    summary: 'In the makerspace pupils design an object and program a small light or sensor to go inside it.',
  },
  'schrijversbezoek-in-de-klas': {
    title: 'An author visits the class',
    summary: 'A children’s and young adult author talks about writing and reads from their own books.',
  },
  'dans-in-de-klas': {
    title: 'Dance in the classroom',
    summary: 'Four dance lessons in which children move to music and create a short dance together.',
  },
  'muziek-maken-met-de-hele-groep': {
    title: 'Making music as a whole class',
    summary: 'A specialist music teacher gets the whole class playing together on percussion and ukulele.',
  },
  'nascholing-dans-geven-zonder-danservaring': {
    title: 'Training: teaching dance without a dance background',
    summary: 'Two afternoon sessions for teachers who want to give dance lessons themselves.',
  },
  'zandvoort-van-vissersdorp-tot-badplaats': {
    title: 'Zandvoort: from fishing village to seaside resort',
    summary: 'In the museum and along the promenade, pupils search for traces of the old fishing village.',
  },
  'monumentendag-op-school': {
    title: 'Heritage Day at school',
    summary: 'A project around the national Heritage Days: adopt a historic building nearby and present it.',
  },
  'kinderkunstlijn-kunst-langs-de-boulevard': {
    title: 'Kinderkunstlijn: art along the promenade',
    summary: 'Every class makes an artwork for the annual children’s art trail along the seafront.',
  },
  'schoolfilmvoorstelling-met-nagesprek': {
    title: 'School film screening with discussion',
    summary: 'A children’s film in the cinema, with a film educator leading the discussion afterwards.',
  },
  'zelf-een-animatiefilm-maken': {
    title: 'Make your own animated film',
    summary: 'Using tablets and clay, pupils make a short stop-motion film in a single morning or afternoon.',
  },
  'mediawijs-online-nepnieuws-herkennen': {
    title: 'Media literacy online: spotting fake news',
    summary: 'An online lesson with clips and exercises on how images are manipulated.',
  },
  'icc-cursus': {
    title: 'ICC course for school culture coordinators',
    summary: 'The course for internal culture coordinators: write a vision of arts education and draw up a culture plan.',
  },
  'studiemiddag-muziek-beeldend-of-drama': {
    title: 'Study afternoon: music, visual arts or drama',
    summary: 'In-depth training for teachers at CmK schools in one of the three disciplines.',
  },
  'theaterlessen-spelen-met-taal': {
    title: 'Drama lessons: playing with language',
    summary: 'Five drama lessons in which pupils use words, voice and body to create a scene.',
  },
  'cultuurcoach-in-de-wijk': {
    title: 'A culture coach in the neighbourhood',
    summary: 'A culture coach links the school with after-school activities in Schalkwijk.',
  },
  'praatplaat-van-de-school': {
    title: 'A drawing of our school',
    summary: 'Artists draw while the class talks about its school and neighbourhood; the result hangs in the hallway.',
  },
  'visuele-routekaart-voor-het-team': {
    title: 'A visual road map for the staff team',
    summary: 'Guided by two artists, the school staff draw their route to good arts education together.',
  },
  'muziek-in-de-kroepoekfabriek': {
    title: 'Music at the Kroepoekfabriek',
    summary: 'A school concert by young musicians from the region, with a Q&A about their profession.',
  },
  'theaterworkshop-in-de-fabriek': {
    title: 'Theatre workshop at the factory',
    summary: 'Acting in a real auditorium, with lighting and sound by the venue’s own technicians.',
  },
  'podiumproject-van-muziekles-naar-optreden': {
    title: 'Stage project: from music lesson to live performance',
    summary: 'A programme that takes pupils from music lessons at school to a performance at the pop venue.',
  },
  'cultuur-in-de-wijk-krimpen': {
    title: 'Culture in the neighbourhood: Krimpen',
    summary: 'Schools, the community centre and cultural providers create a neighbourhood performance together.',
  },
  'weerbaar-met-theater': {
    title: 'Building resilience through theatre',
    summary: 'Drama exercises that build self-confidence and help pupils stand up for their own boundaries.',
  },
  'schoolvoorstelling-het-dappere-snijdertje': {
    title: 'School performance: Het Dappere Snijdertje (The Brave Little Tailor)',
    summary: 'A music-theatre show based on the fairy tale, with live music.',
  },
  'dansvoorstelling-grenzeloos': {
    title: 'Dance performance: Grenzeloos',
    summary: 'A dance performance about boundaries, with an introduction at school beforehand.',
  },
  'haringvisserij-in-de-klas': {
    title: 'Herring fishing in the classroom',
    summary: 'A teaching pack with short films and activities about herring fishing and the harbour.',
  },
  'havenwandeling-met-de-museumgids': {
    title: 'Harbour walk with a museum guide',
    summary: 'A walk along the old harbour and the fishing industry buildings.',
  },
  'atelier-in-het-museum': {
    title: 'A studio in the museum',
    summary: 'Looking at modern art, then experimenting in the museum studio.',
  },
  'ckv-bezoek-kunst-na-1945': {
    title: 'CKV visit: art after 1945',
    summary: 'A tour of the CoBrA collection with an assignment for the pupils’ CKV (arts and culture) portfolio.',
  },
  'jeugdtheater-het-geheim-van-de-schie': {
    title: 'Youth theatre: Het geheim van de Schie (The secret of the Schie)',
    summary: 'An exciting show about the city, suitable for pupils who are sensitive to sensory overload.',
  },
  'hiphop-en-streetdance-op-school': {
    title: 'Hip-hop and street dance at school',
    summary: 'Six street dance lessons with a teacher from the Schiedam dance scene.',
  },
  'digitaal-prentenboek-maken': {
    title: 'Making a digital picture book',
    summary: 'Pupils write and illustrate a picture book of their own and put it on a tablet.',
  },
  'poezie-in-de-klas': {
    title: 'Poetry in the classroom',
    summary: 'Three lessons in which pupils read, write and perform poems.',
  },
  'leesbevordering-voor-leerkrachten': {
    title: 'Encouraging reading: training for teachers',
    summary: 'An online training course on reading aloud and choosing books for the classroom.',
  },
  'willem-van-oranje-speurtocht': {
    title: 'William of Orange: a treasure hunt',
    summary: 'A treasure hunt through the Prinsenhof to the bullet holes and the story of the Dutch Revolt.',
  },
  'delfts-blauw-ontwerpen': {
    title: 'Designing Delft Blue',
    summary: 'Pupils design a tile of their own in the Delft Blue tradition.',
  },
  'muziektheater-voor-de-onderbouw': {
    title: 'Music theatre for the youngest pupils',
    summary: 'A cheerful show full of songs for the youngest children (groups 1 and 2) and group 3.',
  },
  'toneelworkshop-voor-de-bovenbouw': {
    title: 'Drama workshop for upper secondary',
    summary: 'A theatre maker works with the class on a scene from a current play.',
  },
  'gouda-in-de-middeleeuwen': {
    title: 'Gouda in the Middle Ages',
    summary: 'In the old almshouse, pupils discover how the sick and the poor were cared for in the past.',
  },
  'erfgoedspel-online': {
    title: 'Online heritage game',
    summary: 'A digital game about the history of Gouda for pupils in practical and special secondary education.',
  },
  'animatieworkshop-in-het-filmhuis': {
    title: 'Animation workshop at the art-house cinema',
    summary: 'In one morning pupils make a short animation, then watch it on the big screen.',
  },
  'filmklassiekers-voor-het-mbo': {
    title: 'Film classics for vocational students',
    summary: 'A screening for vocational students, introduced with a talk on citizenship and visual language.',
  },
  'van-rembrandt-tot-de-stijl': {
    title: 'From Rembrandt to De Stijl',
    summary: 'A guided tour through four centuries of art and design from Leiden.',
  },
  'de-stijl-in-de-klas': {
    title: 'De Stijl in the classroom',
    summary: 'A box of classroom activities in the spirit of Mondrian and Van Doesburg.',
  },
  'oud-dorp-nieuwe-stad': {
    title: 'Old village, new town',
    summary: 'Pupils investigate how Zoetermeer grew from a village into a town and build a scale model.',
  },
  'kunstlab-schilderen-als-de-meesters': {
    title: 'Art lab: painting like the masters',
    summary: 'In the art lab pupils learn to make their own paint and to paint like the Dordrecht masters.',
  },
  'kunstkijken-voor-het-mbo': {
    title: 'Looking at art: for vocational students',
    summary: 'A visit with an assignment on images and careers, for students on creative courses.',
  },
  'samen-een-voorstelling-maken': {
    title: 'Putting on a show together',
    summary: 'Members of the amateur theatre company create an end-of-year show with the class.',
  },
  'ontwerp-je-eigen-speelplek': {
    title: 'Design your own play area',
    summary: 'The class designs a play area for the school playground and builds a scale model of it.',
  },
  'ruimtelijk-werken-voor-het-vso': {
    title: 'Three-dimensional work for special secondary schools',
    summary: 'A workshop with wood and cardboard, adapted to what the group can do.',
  },
  'cultuurmenu-gesprek-met-de-iccer': {
    title: 'Culture menu meeting with the school’s culture coordinator',
    summary: 'An online meeting in which an adviser and the culture coordinator put together next school year’s culture menu.',
  },
  'evi-invullen-en-bespreken': {
    title: 'Completing and discussing Evi',
    summary: 'Support in completing Evi, the evaluation tool, followed by a discussion of the results with the staff team.',
  },
};

/** Partners keep their names; the summary and the line about schools are translated. */
export const PARTNER_INTRO_EN = 'For schools we create activities that fit the learning pathways and what the school is looking for.';

export const PARTNERS_EN: Record<string, { summary: string }> = {
  'hart-haarlem': {
    summary: 'Centre for art, knowledge and culture in Haarlem and CmK coordinator for the Zuid-Kennemerland region.',
  },
  'teylers-museum': {
    summary:
      'The oldest museum in the Netherlands, with art, fossils and instruments, and a guided tour that is also accessible to special education.',
  },
  'frans-hals-museum': { summary: 'Old masters and contemporary art at two locations in Haarlem.' },
  toneelschuur: {
    summary: 'Theatre and art-house cinema in the centre of Haarlem, with youth performances and a look behind the scenes.',
  },
  patronaat: { summary: 'Haarlem’s pop venue, with workshops on making music and working in the music industry.' },
  'bibliotheek-zuid-kennemerland': {
    summary: 'Libraries in Haarlem, Heemstede and Zandvoort; helping to plan a makerspace in Heemstede.',
  },
  'casca-heemstede': { summary: 'Arts centre in Heemstede offering music, dance and drawing lessons.' },
  'zandvoorts-museum': {
    summary: 'Museum about Zandvoort’s history as a fishing village and seaside resort; involved in the Heritage Days.',
  },
  'kinderkunstlijn-zandvoort': {
    summary: 'Volunteers who create the children’s art trail along the seafront each year, together with schools.',
  },
  'filmschuur-haarlem': { summary: 'Film education for all ages: watching, talking and making films yourself.' },
  kunstgebouw: { summary: 'Provincial centre for arts education in South Holland and CmK coordinator.' },
  kroepoekfabriek: {
    summary: 'Cultural venue in a former factory in Vlaardingen, with music, theatre and workshops for schools.',
  },
  'huis-van-verbeelding': {
    summary: 'Artists’ collective that uses drawings and conversation pictures to show what is going on in a group.',
  },
  synerkri: {
    summary: 'Social welfare and culture in Krimpen aan den IJssel, bringing together schools, neighbourhoods and cultural providers.',
  },
  'stadsgehoorzaal-vlaardingen': {
    summary: 'Theatre and concert hall with school performances for primary and secondary education.',
  },
  'museum-vlaardingen': { summary: 'About herring fishing, the harbour and the people of Vlaardingen.' },
  'stedelijk-museum-schiedam': { summary: 'Modern and contemporary art, with studios where pupils can work.' },
  'theater-aan-de-schie': { summary: 'Theatre in Schiedam with youth theatre and dance performances for schools.' },
  'bibliotheek-aan-den-ijssel': {
    summary: 'Reading promotion and media literacy in schools in Krimpen aan den IJssel and Capelle.',
  },
  'museum-prinsenhof-delft': { summary: 'About William of Orange, Delft Blue and the history of the city.' },
  'theater-de-veste': { summary: 'Theatre in Delft with dance, music and drama for the whole school.' },
  'museum-gouda': { summary: 'The art and history of Gouda, housed in the old almshouse.' },
  'filmhuis-gouda': { summary: 'School film screenings with a discussion afterwards, and animation workshops.' },
  'museum-de-lakenhal': { summary: 'Leiden’s own museum: from Rembrandt to De Stijl.' },
  'stadsmuseum-zoetermeer': { summary: 'The heritage of Zoetermeer, from the old village to the new town.' },
  'dordrechts-museum': { summary: 'Four centuries of painting, with an art lab for schools.' },
  'toneelvereniging-de-ijsselspelers': { summary: 'Amateur theatre company from Capelle that creates performances with schools.' },
  'atelier-noortje-smit': {
    summary: 'Visual artist and designer who works with classes on three-dimensional design.',
  },
};

export interface ProjectEn {
  title: string;
  summary: string;
  description?: string;
  question?: string;
  outcomes?: string;
}

export const PROJECTS_EN: Record<string, ProjectEn> = {
  'de-culturele-kookpot': {
    title: 'The cultural melting pot',
    summary: 'A pilot in which primary schools and cultural partners develop new collaborations and products together.',
    description:
      'In a series of meetings, schools and cultural partners work together on one of the themes: citizenship, craftsmanship, language and art, or science and technology. Bringing different kinds of expertise together leads to new partnerships and new products.',
  },
  'cultureel-speciaal': {
    title: 'Culturally special',
    summary: 'A pilot for special primary and secondary schools: activities that fit these pupils better.',
    description:
      'This pilot looks for ways to match cultural activities more closely to children in special (primary) education. One example is ‘Partnerschap in cultuur’, in which Teylers Museum and three schools made a guided tour more accessible. CultuurMenu and three special schools are also putting together a programme of activities.',
  },
  cultuur023: {
    title: 'Cultuur023',
    summary: 'A pilot for pre-vocational and practical schools on craftsmanship and career orientation in the cultural sector.',
    description:
      'Which jobs are there in a theatre? What does it take to put on a production? What is life like as an artist? Pre-vocational schools, practical schools and cultural partners are developing a craftsmanship route together that makes cultural institutions easier to approach.',
  },
  'leergemeenschap-speciaal-onderwijs-bereiken': {
    title: 'Learning community: reaching special education',
    summary:
      'CmK coordinators, schools and cultural providers in South Holland learn from and with each other how arts education can better reach special education.',
    question: 'How do we make taking part in culture as natural for pupils in special education as it is for other pupils?',
    description:
      'The group starts from a question; the result is not fixed in advance. Participants exchange experience from practice and record what they learn so that others in the CmK network can use it. The moderator gets the group going with structured working methods.',
    outcomes: 'A collection of good examples and a checklist for accessible activities, shared through the knowledge platform.',
  },
  'netwerk-iccers-waterweg': {
    title: 'Network of school culture coordinators, Waterweg',
    summary:
      'Internal culture coordinators from Vlaardingen, Schiedam and Maassluis meet four times a year to share knowledge and activities.',
  },
};

/** Region names are place names and stay Dutch; the description is translated. */
export const REGIONS_EN: Record<string, { description: string }> = {
  'zuid-kennemerland': {
    description: 'Hart’s CmK region: the municipalities of Haarlem, Heemstede and Zandvoort.',
  },
  'waterweg-en-ijssel': {
    description: 'Kunstgebouw’s CmK region along the Nieuwe Waterweg and the Hollandsche IJssel.',
  },
  'zuid-holland-midden': {
    description: 'Kunstgebouw’s CmK region covering Delft, Gouda, Leiden, Zoetermeer, Dordrecht and Rijswijk.',
  },
};

/** The fixed lines of an offer's description, in English. */
export const OFFER_DESCRIPTION_EN = {
  forWhom: 'Suitable for',
  duration: 'Duration',
  minutes: 'minutes',
  unit: { groep: ['group', 'groups'], leerjaar: ['year', 'years'] },
} as const;

export interface CommunityEn {
  title: string;
  question: string;
  goal: string;
  summary: string;
  description: string;
  /** Meeting reports, in the order of the Dutch meetings. */
  reports: string[];
}

export const COMMUNITIES_EN: Record<string, CommunityEn> = {
  'speciaal-onderwijs-beter-bereiken': {
    title: 'Reaching special education better',
    question: 'How do we make taking part in culture as natural for pupils in special education as it is for other pupils?',
    goal: 'A checklist for accessible activities and ten shared examples from practice, before the summer of 2026.',
    summary: 'Culture coordinators in special education and education staff of museums and theatres share what works and what does not.',
    description:
      'The group starts from the schools’ question: what makes a visit or a workshop feasible for our pupils? Members bring in their experience, try adjustments together and record what others can use.',
    reports: [
      'Introductions and peer review: each member brought one visit that went well and one that went wrong. Recurring points: preparation in class, one familiar companion and low-stimulus rooms.',
      'The first version of the checklist was discussed; three schools are trying it out.',
    ],
  },
  'iccers-en-aanbieders-samen': {
    title: 'School culture coordinators and providers together',
    question: 'How can cultural providers’ activities fit schools’ wishes and learning lines better?',
    goal: 'A shared way of holding introductory talks between school and provider.',
    summary:
      'Internal culture coordinators and cultural partners learn to speak each other’s language: from a menu of activities to developing together.',
    description:
      'Schools want activities that fit their vision and learning lines; providers want to know what happens in class. They learn from each other through job shadowing and introductory talks.',
    reports: ['Kick-off: the question and the goal were agreed together.'],
  },
  'co-teaching-kunstvakdocent-en-leerkracht': {
    title: 'Co-teaching: arts specialist and class teacher',
    question: 'How do an arts specialist and a class teacher teach together so that the class teacher can do it alone afterwards?',
    goal: 'A co-teaching guide with working methods, tested in six schools.',
    summary: 'Arts specialists and class teachers share their experience of teaching together and write a guide.',
    description:
      'After two years of teaching together in years 5 to 8 the guide is finished and shared. The goal has been reached: the learning community stops, the knowledge stays on the platform.',
    reports: ['Working methods exchanged; each pair agreed to film one lesson.', 'Guide agreed and shared.'],
  },
};

export const KNOWLEDGE_ITEMS_EN: Record<string, { title: string; summary: string; body: string }> = {
  'museumbezoek-voorbereiden-in-het-so': {
    title: 'Preparing a museum visit with a special-education class',
    summary: 'How a special school and a museum adapted a guided tour together: smaller groups, one familiar companion, photos in advance.',
    body: 'A week before, the pupils got a photo booklet of the route. The guide visited the school first. In the museum the class walked in threes with a familiar companion.\n\n**What we would do differently:** plan more quiet moments.',
  },
  'checklist-toegankelijk-aanbod': {
    title: 'Checklist for activities accessible to special education',
    summary: 'Twenty questions a provider asks before a special-education group arrives: space, stimuli, pace, support, transport.',
    body: 'The checklist was drawn up in the learning community and tried out by three schools. Use it in the introductory talk with the school.',
  },
  'te-grote-groep-in-het-theater': {
    title: 'Failing and learning: too large a group in the theatre',
    summary: 'A performance for three special secondary classes at once went wrong. What we learned about group size and preparation.',
    body: 'Ninety pupils in one hall turned out to be too many: the restlessness spread. Next time we gave three shorter performances for one class each, with a talk in class afterwards.',
  },
  'werkvorm-visuele-routekaart': {
    title: 'Working method: the visual route map',
    summary:
      'Draw, with school and provider, the route from question to activity, with the challenges and who does what; like the talking posters of the CmK meeting.',
    body: '**Time:** 45 minutes. **You need:** a large sheet, markers.\n\n1. Draw where the school is now.\n2. Draw where it wants to go.\n3. Add the obstacles and the partners along the way.',
  },
  'werkvorm-intervisie-in-drietallen': {
    title: 'Working method: peer review in threes',
    summary: 'A fixed structure for peer review: one case, one person asking, two questioners, ten minutes a round.',
    body: 'The person asking brings in a situation from their own practice. The others only ask open questions, no advice. After three rounds the person asking says what they take away.',
  },
  'samenvatting-onderzoek-co-teaching': {
    title: 'Research in brief: what co-teaching brings',
    summary:
      'A summary of what the learning community found in its own measurements: after a year, class teachers teach music themselves more often.',
    body: 'Six pairs kept a log. In five of the six, the class teacher taught part of the lessons alone after a year. It is a small group: read it as an indication, not as proof.',
  },
  'handreiking-co-teaching': {
    title: 'Guide to co-teaching in the arts',
    summary: 'The learning community’s guide: roles, planning, three lesson models and how to hand over to the class teacher.',
    body: 'The guide describes three models: demonstrate and join in, design together, and the class teacher leads with the specialist as coach.',
  },
  'podcast-cultuur-als-oplossing': {
    title: 'Podcast: culture as a solution in the social domain',
    summary:
      'A civil servant, a culture coordinator and a provider on arts education as a contribution to young people’s well-being and resilience.',
    body: 'In this episode: why arts education is more than an extra, and how to take an alderman along to a lesson.',
  },
  'video-snuffelstage-bij-een-museum': {
    title: 'Video: job shadowing at a museum',
    summary: 'A teacher spends a day with a museum’s education department and says what she takes back to class.',
    body: 'A short video (eight minutes) from the video series on learning from each other.',
  },
  'factsheet-cultuureducatie-in-de-gemeente': {
    title: 'Factsheet: bringing arts education to the municipality’s attention',
    summary:
      'One page for the meeting with the alderman and civil servants: what CmK is, what schools do and where the activities have blind spots.',
    body: 'Places to raise it: the officials’ meeting, a school visit, an invitation to a lesson, the presentation to the council.',
  },
};
