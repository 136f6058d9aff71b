import type { Holder, SeizureDetails } from '@greenchain/domain';
import type { Port } from './country-profiles';
import { partyDrafts } from './parties';
import type { ItemDraft } from './scenarios';
import type { Story } from './story';

const transportByPort: Record<Port['type'], readonly string[]> = {
  seaport: ['sea_container'],
  airport: ['air_cargo', 'air_passenger'],
  land_border: ['road', 'rail'],
  postal_centre: ['post_courier'],
  inland: ['road'],
};

/** Hubs shipments are routed through to break the trail. */
const transitHubs = ['AE', 'SG', 'MY', 'HK', 'TR', 'ET', 'QA', 'BE', 'NL', 'TG', 'BJ'];

function choosePort(story: Story): { port: Port; transportMode: string } {
  const { random, profile, scenario } = story;
  const fitting = profile.ports.flatMap((port) =>
    transportByPort[port.type]
      .filter((mode) => scenario.transportModes.includes(mode))
      .map((transportMode) => ({ port, transportMode })),
  );
  if (fitting.length > 0) return random.pick(fitting);
  const port = random.pick(profile.ports);
  return { port, transportMode: random.pick(transportByPort[port.type]) };
}

/** Import where the country is a market, export where it is a source, transit now and then. */
function routeOf(story: Story): Pick<SeizureDetails, 'direction' | 'route'> {
  const { random, profile, scenario } = story;
  const here = profile.code;
  const other = (codes: readonly string[]) => {
    const candidates = codes.filter((code) => code !== here);
    return random.pick(candidates.length > 0 ? candidates : transitHubs);
  };
  const via = random.chance(0.4)
    ? {
        transit: random.sample(
          transitHubs.filter((hub) => hub !== here),
          random.int(1, 2),
        ),
      }
    : {};
  if (scenario.origins.includes(here) && random.chance(0.7)) {
    const destination = other(scenario.destinations);
    return { direction: 'export', route: { origin: here, departure: here, ...via, destination } };
  }
  if (random.chance(0.12)) {
    const origin = other(scenario.origins);
    return {
      direction: 'transit',
      route: { origin, transit: [here], destination: other(scenario.destinations) },
    };
  }
  return {
    direction: 'import',
    route: { origin: other(scenario.origins), ...via, destination: here },
  };
}

/** A risk-profiled consignment is X-rayed before it is opened: officers record both. */
function detectionMethods(first: string): string[] {
  return first === 'risk_profiling' ? [first, 'scanner_xray'] : [first];
}

export function customsStore(story: Story, port: string): Holder {
  return {
    holderId: `store-${story.profile.code.toLowerCase()}-${story.profile.ports.findIndex((entry) => entry.name === port) + 1}`,
    agency: story.profile.agencies.customs,
    country: story.profile.code,
  };
}

/** Seizure, items, parties and exhibits, all on the day of the seizure; a lab test may follow. */
export function detect(story: Story): { port: Port } {
  const { random, scenario } = story;
  const { port, transportMode } = choosePort(story);
  const concealment = random.pick(scenario.concealment);
  story.onCase(
    'RecordSeizure',
    {
      caseId: story.caseId,
      country: story.profile.code,
      agency: story.profile.agencies.customs,
      // Unique within the agency, as the API requires of references.
      reference: `${story.profile.code}/${story.today.slice(0, 4)}/${String(story.serial).padStart(6, '0')}`,
      location: { name: port.name, type: port.type },
      transportMode,
      ...routeOf(story),
      detectionMethods: detectionMethods(
        random.weighted([
          ['risk_profiling', 5],
          ['scanner_xray', 4],
          ['intelligence_tip_off', 3],
          ['routine_check', 3],
          ['random_check', 1],
          ['ipic_consultation', scenario.agreement === 'MP' ? 2 : 0],
        ] as const),
      ),
      ...(concealment === undefined ? {} : { concealmentMethod: concealment }),
      legalBasis: random.sample(scenario.legalBasis, random.int(1, 2)),
    },
    'customs',
  );
  addItems(story);
  for (const draft of partyDrafts(story, transportMode)) {
    const partyId = story.id();
    story.parties.push({ partyId, ...draft });
    story.onCase('AddParty', { partyId, ...draft }, 'customs');
  }
  registerExhibits(story, port.name);
  return { port };
}

function addItems(story: Story): void {
  const count = story.random.chance(0.15) ? 2 : 1;
  for (let index = 0; index < count; index += 1) {
    const itemId = story.id();
    const draft = story.scenario.item(story.random);
    story.itemIds.push(itemId);
    story.items.set(itemId, draft);
    story.onCase('AddCommodityItem', { itemId, ...draft }, 'customs');
    if (story.random.chance(0.05)) enteredTwice(story, draft);
  }
}

/** An officer saves the same line twice and removes the copy: both facts stay on record. */
function enteredTwice(story: Story, draft: ItemDraft): void {
  const itemId = story.id();
  story.onCase('AddCommodityItem', { itemId, ...draft }, 'customs');
  story.onCase('RemoveCommodityItem', { itemId, reason: 'Entered twice' }, 'customs');
}

/** The goods are weighed again at the bonded warehouse and the first item corrected. */
export function reweigh(story: Story): void {
  const [itemId] = story.itemIds;
  const draft = itemId === undefined ? undefined : story.items.get(itemId);
  if (itemId === undefined || !draft || !story.random.chance(0.12)) return;
  story.wait(1, 14);
  const factor = 0.9 + story.random.int(0, 15) / 100;
  const quantities = draft.quantities.map((quantity) => ({
    ...quantity,
    amount: Math.max(1, Math.round(quantity.amount * factor * 10) / 10),
  }));
  story.onCase('AmendCommodityItem', { itemId, ...draft, quantities }, 'customs');
}

function registerExhibits(story: Story, port: string): void {
  const holder = customsStore(story, port);
  for (const itemId of story.itemIds) {
    const evidenceId = story.id();
    const seal = `${story.profile.code}-S-${story.random.int(100_000, 999_999)}`;
    story.onEvidence(
      evidenceId,
      'RegisterEvidence',
      {
        evidenceId,
        caseId: story.caseId,
        itemId,
        kind: story.scenario.lab ? 'sample' : 'physical',
        description: story.scenario.lab
          ? 'Sample drawn from the seized goods'
          : 'Representative specimens of the seized goods',
        holder,
        place: `Customs examination area, ${port}`,
      },
      'customs',
    );
    story.onEvidence(
      evidenceId,
      'SealEvidence',
      { sealNumber: seal, holderId: holder.holderId },
      'customs',
    );
    story.exhibits.push({ evidenceId, itemId, holder, seal });
  }
}
