/**
 * Demo participation data for the local stack, consistent with the seeded offers: participation of
 * the sample schools, bookings in every status (with activities held and evaluations), Evi results
 * and ambition talks. Deterministic (a seeded generator and a fixed clock) and idempotent: bookings
 * carry derived idempotency keys, transitions only run from the status they expect, Evi results
 * and talks are skipped or rewritten identically. Offer ids are the Strapi documentIds that the
 * content seed created, so they are input, never constants here.
 */
import { TRANSITIONS, type BookingAction } from '../src/domain/booking-transitions.ts';
import type { BookingRecord, OfferRef, SchoolFacts } from '../src/domain/records.ts';
import type { Viewer } from '../src/domain/viewer.ts';
import { BOOKING_STATUSES, pillarsOf, type BookingStatus, type Discipline, type Sector } from '../src/domain/vocabulary.ts';
import { createAmbitionTalkLoaders } from '../src/modules/ambition-talks/loaders.ts';
import { recordAmbitionTalk } from '../src/modules/ambition-talks/operations/record-ambition-talk.ts';
import { cancelBooking } from '../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../src/modules/bookings/operations/confirm-booking.ts';
import { declineBooking } from '../src/modules/bookings/operations/decline-booking.ts';
import { evaluateBooking } from '../src/modules/bookings/operations/evaluate-booking.ts';
import { markBookingHeld } from '../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../src/modules/bookings/operations/request-booking.ts';
import { createEviLoaders } from '../src/modules/evi/loaders.ts';
import { recordEviResult } from '../src/modules/evi/operations/record-evi-result.ts';
import { registerParticipation } from '../src/modules/schools/operations/register-participation.ts';
import { upsertSchools } from '../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers, type ParticipationDeps } from '../src/shared/deps.ts';
import type { ParticipationStore } from '../src/sources/dynamodb/store.ts';
import { random } from '@cmk/cms/src/catalogue/random.ts';

export interface SeedOfferRef {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly partnerId: string;
  readonly capacity: number | null;
  readonly municipalityCodes: readonly string[];
  readonly disciplines: readonly Discipline[];
  readonly sectors: readonly Sector[];
}

export interface SeedParticipationInput {
  readonly schools: readonly SchoolFacts[];
  readonly offers: readonly SeedOfferRef[];
  readonly schoolYear?: string;
  /** Advisor per province name as DUO writes it; default: Hart for Noord-Holland, Kunstgebouw elsewhere. */
  readonly advisorFor?: (school: SchoolFacts) => string;
}

export interface SeedSummary {
  readonly schools: number;
  readonly participations: number;
  readonly bookings: Record<BookingStatus, number>;
  readonly eviResults: number;
  readonly ambitionTalks: number;
}

const SEED_CLOCK = new Date('2025-09-15T09:00:00Z');
const admin: Viewer = { role: 'ADMIN' };

const rng = (seed: number) => ({ int: random(seed).below });

/** A stable number from a string, so each school and offer gets its own but repeatable choices. */
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

const PATH: Record<BookingStatus, BookingAction[]> = {
  REQUESTED: [],
  CONFIRMED: ['CONFIRM'],
  DECLINED: ['DECLINE'],
  CANCELLED: ['CONFIRM', 'CANCEL'],
  HELD: ['CONFIRM', 'MARK_HELD'],
  EVALUATED: ['CONFIRM', 'MARK_HELD', 'EVALUATE'],
};

const COMMENTS = [
  'De leerlingen waren enthousiast en vroegen nog dagen door.',
  'Goed voorbereid, lesbrief sloot mooi aan op ons thema.',
  'Prima, maar de groep was te groot voor de ruimte.',
  'Sterke kunstenaar, volgend jaar graag weer.',
];

async function walk(deps: ParticipationDeps, booking: BookingRecord, target: BookingStatus, n: number): Promise<BookingRecord> {
  let current = booking;
  for (const action of PATH[target]) {
    const step = TRANSITIONS.find((t) => t.action === action && t.from === current.status);
    if (!step) continue; // already past this step on an earlier run
    const { id } = current;
    if (action === 'CONFIRM') current = await confirmBooking(deps, admin, { id });
    if (action === 'DECLINE')
      current = await declineBooking(deps, admin, { id, reason: 'Op de gevraagde data is de zaal niet beschikbaar.' });
    if (action === 'CANCEL')
      current = await cancelBooking(deps, admin, { id, reason: 'SCHEDULE_CONFLICT', note: 'Valt samen met de toetsweek.' });
    if (action === 'MARK_HELD') {
      const pupils = booking.groups.reduce((sum, g) => sum + g.pupils, 0);
      current = await markBookingHeld(deps, admin, {
        id,
        pupilsReached: Math.max(1, pupils - (n % 3)),
        heldOn: `2025-${String(10 + (n % 3)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
      });
    }
    if (action === 'EVALUATE')
      current = await evaluateBooking(deps, admin, { id, rating: 3 + (n % 3), comment: COMMENTS[n % COMMENTS.length] });
  }
  return current;
}

export async function seedParticipation(store: ParticipationStore, input: SeedParticipationInput): Promise<SeedSummary> {
  const schoolYear = input.schoolYear ?? '2025-2026';
  const seeded: ParticipationStore = { ...store, now: () => SEED_CLOCK };
  const offers: OfferRef[] = input.offers.map((o) => ({ ...o, maxBookingsPerSchool: 1 }));
  const deps: ParticipationDeps = { store: seeded, offers: staticOffers(offers) };
  const schools = [...input.schools].sort((a, b) => a.id.localeCompare(b.id));
  const advisorFor =
    input.advisorFor ?? ((s: SchoolFacts) => (s.province?.toUpperCase() === 'NOORD-HOLLAND' ? 'advisor-hart' : 'advisor-kunstgebouw'));
  await upsertSchools(seeded, schools);

  // Two of three schools take part in CmK4.
  let participations = 0;
  for (const [i, school] of schools.entries()) {
    if (i % 3 === 2) continue;
    await registerParticipation(deps, admin, {
      schoolId: school.id,
      period: 'CMK4',
      trajectory: (['INDIVIDUAL_TRAJECTORY', 'NETWORK', 'PROEFTUIN'] as const)[i % 3]!,
      advisorId: advisorFor(school),
      startedOn: '2025-08-25',
    });
    participations++;
  }

  // Bookings: per offer a few schools where it is available, cycling through every status.
  const bookings = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<BookingStatus, number>;
  // Offers are independent of each other, so their bookings are made side by side; the status a
  // booking ends in depends only on its position, so the result is the same on every run.
  const plan = [...offers]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((o) => {
      const seedOffer = input.offers.find((s) => s.id === o.id)!;
      const candidates = schools.filter(
        (s) =>
          (seedOffer.municipalityCodes.length === 0 || seedOffer.municipalityCodes.includes(s.municipalityCode)) &&
          (seedOffer.sectors.length === 0 || s.sectors.some((sector) => seedOffer.sectors.includes(sector))),
      );
      const picked = [...candidates].sort((a, b) => hash(`${o.id}${a.id}`) - hash(`${o.id}${b.id}`)).slice(0, Math.min(6, o.capacity ?? 6));
      return { o, seedOffer, picked };
    });
  let position = 0;
  const numbered = plan.map((p) => ({ ...p, first: ((position += p.picked.length), position - p.picked.length) }));
  const finals = await Promise.all(
    numbered.map(async ({ o, seedOffer, picked, first }) => {
      const r = rng(hash(o.id));
      const statuses: BookingStatus[] = [];
      for (const [k, school] of picked.entries()) {
        const n = first + k;
        const target = BOOKING_STATUSES[n % BOOKING_STATUSES.length]!;
        const grade = school.kind === 'VO' ? 1 + r.int(3) : 3 + r.int(6);
        try {
          const booking = await requestBooking(deps, admin, {
            offerId: o.id,
            schoolId: school.id,
            schoolYear,
            groups: [{ grade, pupils: 20 + (hash(school.id + o.id) & 0xf) }],
            preferredDates: ['2025-10-14', '2025-11-04'],
            note: `Aanvraag voor ${seedOffer.title}`,
            idempotencyKey: `seed:${schoolYear}:${o.id}:${school.id}`,
          });
          statuses.push((await walk(deps, booking, target, n)).status);
        } catch (error) {
          const code = (error as { extensions?: { code?: string } }).extensions?.code;
          if (code !== 'OFFER_FULL' && code !== 'ALREADY_BOOKED') throw error;
        }
      }
      return statuses;
    }),
  );
  for (const status of finals.flat()) bookings[status]++;

  // Evi results for every other school, once per school year.
  let eviResults = 0;
  for (const [i, school] of schools.entries()) {
    if (i % 2 === 1) continue;
    eviResults++;
    if ((await createEviLoaders(seeded).eviResultsBySchool.load(school.id)).some((e) => e.schoolYear === schoolYear)) continue;
    const r = rng(hash(`evi${school.id}`));
    const version = school.kind === 'VO' ? 'VO' : i % 4 === 0 ? 'V2_1' : 'V2_0';
    await recordEviResult(deps, admin, {
      schoolId: school.id,
      schoolYear,
      version,
      completedOn: '2025-10-01',
      respondents: [
        { role: 'ICC', count: 1 },
        { role: 'DIRECTOR', count: 1 },
      ],
      pillars: pillarsOf(version).map((pillar) => ({ pillar, scenario: 1 + r.int(4) })),
      satisfaction: 6 + r.int(4),
      ambitions: 'Cultuuronderwijs doorlopend van groep 1 tot en met 8 verankeren.',
      developmentPoints: ['Doorlopende leerlijn', 'Samenwerking met de bibliotheek'],
      helpRequest:
        r.int(3) === 0 ? { requested: true, question: 'Graag een gesprek over het opstellen van een cultuurvisie.' } : { requested: false },
    });
  }

  // Ambition talks for a quarter of the schools.
  let ambitionTalks = 0;
  for (const [i, school] of schools.entries()) {
    if (i % 4 !== 1) continue;
    ambitionTalks++;
    const date = `2025-${String(9 + (i % 3)).padStart(2, '0')}-${String(8 + (i % 20)).padStart(2, '0')}`;
    if ((await createAmbitionTalkLoaders(seeded).ambitionTalksBySchool.load(school.id)).some((t) => t.date === date)) continue;
    const next = `${Number(schoolYear.slice(0, 4)) + 1}-${Number(schoolYear.slice(0, 4)) + 2}`;
    await recordAmbitionTalk(deps, admin, {
      schoolId: school.id,
      date,
      schoolType:
        school.kind === 'PO'
          ? 'PRIMARY'
          : school.sectors.length > 1
            ? 'MIXED'
            : school.sector === 'VWO'
              ? 'VWO'
              : school.sector === 'HAVO'
                ? 'HAVO'
                : 'VMBO',
      participants: ["ICC'er", 'directeur'],
      advisorId: advisorFor(school),
      remarks: 'Jaarplanning en Evi-uitkomsten vooraf ontvangen.',
      goals: {
        selected: ['VISION_ON_CULTURE_EDUCATION', 'COLLABORATION_WITH_PARTNERS', 'CURRICULUM_AND_EMBEDDING'],
        notes: 'De school wil cultuureducatie verbinden met burgerschap.',
      },
      currentState: {
        developments: 'Curriculumvernieuwing en meer aandacht voor burgerschap.',
        opportunities: 'Projectweken lenen zich voor samenwerking met het museum in de buurt.',
        aspects: [
          { aspect: 'VISION', strengths: 'Team ziet het belang van cultuur.', weaknesses: 'Visie staat nog niet op papier.' },
          { aspect: 'TEACHER_EXPERTISE', strengths: 'Enthousiaste vakdocent muziek.', weaknesses: 'Weinig scholing in beeldend.' },
          { aspect: 'CULTURAL_COLLABORATION', strengths: 'Vaste band met de bibliotheek.' },
          { aspect: 'ORGANISATION', weaknesses: "Geen vast overleg tussen ICC'er en directie." },
        ],
      },
      ambition2028: {
        content: 'Elke groep werkt jaarlijks aan een creatief proces in twee disciplines.',
        organisation: "De ICC'er heeft vaste uren en overlegt elk kwartaal met partners.",
        supportAndProfile: 'Ouders zien het cultuurprofiel terug in de schoolgids.',
      },
      agreements: {
        schoolYear: next,
        items: [
          { area: 'CONTENT_FOCUS', agreement: 'Thema "Wij en de stad" uitwerken met twee partners.' },
          {
            area: 'PROFESSIONAL_DEVELOPMENT',
            agreement: 'Teamscholing beeldend in het voorjaar.',
            owner: "ICC'er",
            due: `${next.slice(5, 9)}-04-30`,
            disciplines: ['VISUAL_ARTS'],
          },
          {
            area: 'ORGANISATION',
            agreement: 'Cultuurvisie vastleggen in het schoolplan.',
            owner: 'directeur',
            due: `${next.slice(0, 4)}-06-30`,
          },
        ],
      },
    });
  }

  return { schools: schools.length, participations, bookings, eviResults, ambitionTalks };
}
