/**
 * Demo data of the knowledge platform for the local stack: member profiles, their memberships of
 * the seeded learning communities, questions with answers (one accepted) and one knowledge item
 * proposal waiting in the moderation queue. Everyone here is made up for the demo: the names,
 * organisations and the `.example` link do not refer to real people or sites.
 *
 * The records are written by the API's own operations (joinCommunity, askQuestion, answerQuestion,
 * acceptAnswer, proposeKnowledgeItem) and item builder (profileItem), so they are exactly what the
 * API writes. Idempotent: ids follow from the member and a fixed idempotency key, and each step is
 * skipped when its record exists, so what members changed afterwards (consent, leaving a
 * community, a decided proposal, a hidden answer) stays as it is on the next start.
 * Community and region ids are Strapi documentIds the content seed made, so they are input here.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ProfessionalRole } from '../src/domain/content.ts';
import type { Viewer } from '../src/domain/viewer.ts';
import type { MemberRecord } from '../src/modules/members/mappers.ts';
import { joinCommunity, loadProposal, proposeKnowledgeItem, profileItem, type ProposeInput } from '../src/modules/members/operations.ts';
import { loadQuestion } from '../src/modules/questions/operations/load-question.ts';
import { acceptAnswer, answerQuestion, askQuestion, derivedId, type QuestionDeps } from '../src/modules/questions/operations/questions.ts';
import type { ParticipationStore } from '../src/sources/dynamodb/store.ts';

export interface KnowledgeSeedInput {
  /** The published learning communities, by the CMS seed's slug. */
  readonly communities: readonly { readonly id: string; readonly slug: string }[];
  /** The CMS regions, by name. */
  readonly regions?: readonly { readonly id: string; readonly name: string }[];
}

export interface KnowledgeSeedSummary {
  readonly members: number;
  readonly findable: number;
  /** Profiles written on this run (0 when they were all there). */
  readonly newMembers: number;
  readonly questions: number;
  readonly answers: number;
  readonly proposals: number;
}

interface SeedMember {
  readonly id: string;
  readonly name: string;
  readonly role: ProfessionalRole;
  readonly organisation: string;
  readonly region: string;
  readonly expertise: readonly string[];
  readonly wantsToLearn: readonly string[];
  readonly findable: boolean;
  /** Slugs of the communities the member joins. */
  readonly communities: readonly string[];
}

/** Who signs in as a moderator in the demo (`npm run token -- --role moderator --member m-hanneke-bos`). */
export const SEEDED_MODERATORS = ['m-hanneke-bos'] as const;

const SO = 'speciaal-onderwijs-beter-bereiken';
const ICC = 'iccers-en-aanbieders-samen';
const CO = 'co-teaching-kunstvakdocent-en-leerkracht';

export const SEED_MEMBERS: readonly SeedMember[] = [
  {
    id: 'm-rik-veenstra',
    name: 'Rik Veenstra',
    role: 'ICC_COORDINATOR',
    organisation: 'SO De Vlinderboom',
    region: 'Waterweg en IJssel',
    expertise: ['speciaal onderwijs', 'cultuurmenu', 'leerlijnen'],
    wantsToLearn: ['co-teaching', 'erfgoed'],
    findable: true,
    communities: [SO, ICC],
  },
  {
    id: 'm-hanneke-bos',
    name: 'Hanneke Bos',
    role: 'ADVISOR',
    organisation: 'Kunstgebouw',
    region: 'Zuid-Holland Midden',
    expertise: ['intervisie', 'speciaal onderwijs', 'toegankelijk aanbod'],
    wantsToLearn: ['podcast maken'],
    findable: true,
    communities: [SO, CO],
  },
  {
    id: 'm-samira-el-amrani',
    name: 'Samira El Amrani',
    role: 'ARTS_TEACHER',
    organisation: 'Basisschool De Regenboog',
    region: 'Zuid-Holland Midden',
    expertise: ['dans', 'co-teaching', 'bewegend leren'],
    wantsToLearn: ['beeldende kunst', 'evalueren'],
    findable: true,
    communities: [CO],
  },
  {
    id: 'm-joost-van-den-berg',
    name: 'Joost van den Berg',
    role: 'CULTURAL_PARTNER',
    organisation: 'Stadsmuseum aan de Waterweg',
    region: 'Waterweg en IJssel',
    expertise: ['erfgoed', 'museumbezoek', 'prikkelarme rondleiding'],
    wantsToLearn: ['speciaal onderwijs', 'leerlijnen'],
    findable: true,
    communities: [SO, ICC],
  },
  {
    id: 'm-ingrid-smit',
    name: 'Ingrid Smit',
    role: 'CIVIL_SERVANT',
    organisation: 'Gemeente Zandvoort',
    region: 'Zuid-Kennemerland',
    expertise: ['cultuurbeleid', 'subsidieregeling'],
    wantsToLearn: ['cultuureducatie in de wijk'],
    findable: false,
    communities: [ICC],
  },
  {
    id: 'm-marco-dekker',
    name: 'Marco Dekker',
    role: 'HEAD_TEACHER',
    organisation: 'Basisschool De Regenboog',
    region: 'Zuid-Holland Midden',
    expertise: ['schoolvisie', 'cultuurbeleidsplan'],
    wantsToLearn: ['co-teaching'],
    findable: false,
    communities: [CO],
  },
  {
    id: 'm-lotte-jansen',
    name: 'Lotte Jansen',
    role: 'ARTIST',
    organisation: 'Atelier Jansen',
    region: 'Zuid-Kennemerland',
    expertise: ['beeldende kunst', 'creatief proces', 'werkvormen'],
    wantsToLearn: ['speciaal onderwijs'],
    findable: true,
    communities: [SO, CO],
  },
  {
    id: 'm-wouter-kramer',
    name: 'Wouter Kramer',
    role: 'ADVISOR',
    organisation: 'Hart Haarlem',
    region: 'Zuid-Kennemerland',
    expertise: ['kennismakingsgesprek', 'cultuurmenu', 'snuffelstage'],
    wantsToLearn: ['onderzoek'],
    findable: true,
    communities: [ICC],
  },
];

interface SeedAnswer {
  readonly key: string;
  readonly by: string;
  readonly at: string;
  readonly body: string;
  readonly accepted?: boolean;
}

interface SeedQuestion {
  readonly key: string;
  readonly by: string;
  readonly at: string;
  readonly community?: string;
  readonly title: string;
  readonly body: string;
  readonly themes: readonly string[];
  readonly answers: readonly SeedAnswer[];
}

export const SEED_QUESTIONS: readonly SeedQuestion[] = [
  {
    key: 'seed-vraag-museumbezoek-so',
    by: 'm-rik-veenstra',
    at: '2025-10-14T08:30:00Z',
    community: SO,
    title: 'Hoe bereid je een museumbezoek voor met leerlingen die snel overprikkeld raken?',
    body: 'Onze leerlingen (so, cluster 4) gaan in het voorjaar naar een museum. Vorig jaar liep het mis: te druk, te lang. Wat doen jullie vooraf in de klas en wat spreek je met het museum af?',
    themes: ['SOCIAL_DOMAIN'],
    answers: [
      {
        key: 'seed-antwoord-museumbezoek-joost',
        by: 'm-joost-van-den-berg',
        at: '2025-10-14T13:10:00Z',
        body: 'Wij sturen vooraf een fotoboekje van de route, de ingang en de mensen die de groep ontvangen. We plannen het bezoek op een rustig uur, houden een ruimte vrij om even bij te komen en maken het programma niet langer dan een uur.',
        accepted: true,
      },
      {
        key: 'seed-antwoord-museumbezoek-hanneke',
        by: 'm-hanneke-bos',
        at: '2025-10-15T09:00:00Z',
        body: 'In de leergemeenschap werkt de visuele routekaart goed: de leerlingen zien vooraf wat er komt en kunnen onderweg aanwijzen waar ze zijn.',
      },
    ],
  },
  {
    key: 'seed-vraag-rollen-co-teaching',
    by: 'm-samira-el-amrani',
    at: '2025-11-03T10:00:00Z',
    community: CO,
    title: 'Hoe verdelen jullie de rollen in de eerste lessen co-teaching?',
    body: 'Ik begin binnenkort met een groepsleerkracht in groep 6. Wie leidt de eerste lessen, en wanneer neemt de leerkracht het over?',
    themes: ['CRAFTSMANSHIP'],
    answers: [
      {
        key: 'seed-antwoord-rollen-lotte',
        by: 'm-lotte-jansen',
        at: '2025-11-04T15:20:00Z',
        body: 'Wij spreken per les af wie voor de groep staat en wie observeert. Na drie lessen draaien we om; de nabespreking van tien minuten na elke les maakt het verschil.',
      },
    ],
  },
  {
    key: 'seed-vraag-kennismakingsgesprek',
    by: 'm-wouter-kramer',
    at: '2026-01-20T09:45:00Z',
    community: ICC,
    title: 'Welke vragen stel je in een eerste kennismakingsgesprek tussen school en aanbieder?',
    body: 'We maken een gezamenlijke werkwijze voor kennismakingsgesprekken. Welke vragen hebben jullie gesteld, of hadden jullie achteraf willen stellen?',
    themes: ['IN_AND_OUT_OF_SCHOOL'],
    answers: [
      {
        key: 'seed-antwoord-kennismaking-rik',
        by: 'm-rik-veenstra',
        at: '2026-01-21T12:00:00Z',
        body: 'Vraag naar de leerlijn van de school en naar wat de leerlingen vorig jaar al deden. Dan kan de aanbieder daarop voortbouwen in plaats van opnieuw te beginnen.',
      },
      {
        key: 'seed-antwoord-kennismaking-joost',
        by: 'm-joost-van-den-berg',
        at: '2026-01-22T08:15:00Z',
        body: 'Als aanbieder vraag ik altijd wie op school het aanspreekpunt is en hoe de leerkrachten worden voorbereid.',
      },
    ],
  },
  {
    key: 'seed-vraag-kunstenaar-in-de-klas',
    by: 'm-lotte-jansen',
    at: '2026-02-02T14:00:00Z',
    title: 'Wie heeft ervaring met een kunstenaar die een heel schooljaar in de klas meedraait?',
    body: 'Ik ben gevraagd voor een traject van een schooljaar op een basisschool. Hoe houden jullie het gedurende het jaar levendig, en hoe betrek je het team?',
    themes: ['CRAFTSMANSHIP', 'IN_AND_OUT_OF_SCHOOL'],
    answers: [],
  },
];

const PROPOSAL_BY = 'm-joost-van-den-berg';
const PROPOSAL_AT = '2026-02-10T11:00:00Z';
export const SEED_PROPOSAL: ProposeInput & { community: string } = {
  idempotencyKey: 'seed-voorstel-prikkelarme-rondleiding',
  title: 'Praktijkvoorbeeld: een prikkelarme rondleiding in het museum',
  kind: 'PRACTICE_EXAMPLE',
  summary:
    'Hoe een museum en een so-school samen een rondleiding van drie kwartier ontwierpen: een rustig uur, een vaste gids, een fotoboekje vooraf en een plek om bij te komen.',
  body: 'Uit de vraag van een ICC’er in de leergemeenschap. Het museum paste de route aan en de school bereidde de leerlingen met een fotoboekje voor. Na afloop gaven leerkrachten en gids elkaar feedback; de tweede rondleiding liep merkbaar rustiger.',
  themes: ['SOCIAL_DOMAIN'],
  disciplines: ['HERITAGE'],
  sectors: ['SO', 'VSO'],
  links: [{ label: 'Fotoboekje (voorbeeld, gegenereerd)', url: 'https://stadsmuseum.example/fotoboekje' }],
  community: SO,
};

const member = (memberId: string): Viewer => ({ role: 'MEMBER', memberId });

/** Deps whose clock stands at one moment, so a record's dates are the same on every run. */
const at = (store: ParticipationStore, iso: string): QuestionDeps => ({ store: { ...store, now: () => new Date(iso) } });

async function putProfileOnce(store: ParticipationStore, record: MemberRecord): Promise<boolean> {
  try {
    await store.doc.send(
      new PutCommand({ TableName: store.tableName, Item: profileItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

export async function seedKnowledgePlatform(store: ParticipationStore, input: KnowledgeSeedInput): Promise<KnowledgeSeedSummary> {
  const communityId = new Map(input.communities.map((c) => [c.slug, c.id]));
  const regionId = new Map((input.regions ?? []).map((r) => [r.name, r.id]));
  const SEED_DAY = '2025-09-01T08:00:00Z';

  // Profiles are made once (an editor's job in production); a member's first memberships come with them.
  let newMembers = 0;
  for (const m of SEED_MEMBERS) {
    const region = regionId.get(m.region);
    const created = await putProfileOnce(store, {
      id: m.id,
      name: m.name,
      role: m.role,
      organisation: m.organisation,
      ...(region ? { regionId: region } : {}),
      expertise: m.expertise,
      wantsToLearn: m.wantsToLearn,
      findable: m.findable,
      updatedAt: new Date(SEED_DAY).toISOString(),
    });
    if (!created) continue;
    newMembers++;
    for (const slug of m.communities) {
      const id = communityId.get(slug);
      if (id) await joinCommunity(at(store, SEED_DAY), member(m.id), { communityId: id });
    }
  }

  let answers = 0;
  for (const q of SEED_QUESTIONS) {
    const questionId = derivedId('question', q.by, q.key);
    const community = q.community ? communityId.get(q.community) : undefined;
    if (!(await loadQuestion(store, questionId))) {
      await askQuestion(at(store, q.at), member(q.by), {
        idempotencyKey: q.key,
        title: q.title,
        body: q.body,
        themes: [...q.themes],
        ...(community ? { communityId: community } : {}),
      });
    }
    for (const a of q.answers) {
      const answerId = derivedId('answer', a.by, a.key);
      const found = await loadQuestion(store, questionId);
      if (!found!.answers.some((x) => x.id === answerId))
        await answerQuestion(at(store, a.at), member(a.by), { idempotencyKey: a.key, questionId, body: a.body });
      answers++;
      if (a.accepted && !found!.question.acceptedAnswerId) await acceptAnswer(at(store, a.at), member(q.by), { questionId, answerId });
    }
  }

  const { community, ...proposal } = SEED_PROPOSAL;
  if (!(await loadProposal(at(store, PROPOSAL_AT), derivedId('proposal', PROPOSAL_BY, proposal.idempotencyKey)))) {
    const id = communityId.get(community);
    await proposeKnowledgeItem(at(store, PROPOSAL_AT), member(PROPOSAL_BY), { ...proposal, ...(id ? { communityId: id } : {}) });
  }

  return {
    members: SEED_MEMBERS.length,
    findable: SEED_MEMBERS.filter((m) => m.findable).length,
    newMembers,
    questions: SEED_QUESTIONS.length,
    answers,
    proposals: 1,
  };
}
