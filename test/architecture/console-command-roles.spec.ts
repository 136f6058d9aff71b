import { subject } from '@casl/ability';
import {
  caseCommandRoles,
  evidenceCommandRoles,
  type Role,
  type SessionUser,
  stageOwnedCommands,
} from '@greenchain/contracts';
import {
  type CaseCommand as DomainCaseCommand,
  caseDecider,
  caseProgress,
  fold,
} from '@greenchain/domain';
import {
  caseCommandNames,
  caseCommands,
  defendantCommandNames,
  defendantCommands,
} from '../../apps/admin/src/cases/case-abilities';
import { entryCommandNames, entryCommands } from '../../apps/admin/src/cases/amend/entry-abilities';
import { type CaseRecord } from '../../apps/admin/src/cases/case-record';
import { abilityFor } from '../../apps/api/src/authorization/ability.factory';
import { type AppAction } from '../../apps/api/src/authorization/app-ability';
import { stageOwner } from '../../apps/api/src/authorization/stage-owner';
import {
  accepted,
  caseCommand,
  charged,
  detected,
  judged,
  referred,
  seizure,
  verdict,
} from '@greenchain/domain/fixtures/case.fixtures';

/**
 * The console offers a command only when the API would accept it from that user, and every command
 * the API gives a role is offered to that role on some case: the console's rules and the domain's
 * command roles and stage owners cannot drift apart.
 */
type CaseEvent = ReturnType<typeof caseDecider.decide>[number];
type Story = { readonly name: string; readonly events: CaseEvent[]; readonly closedBy?: Role };

function decided(events: CaseEvent[], ...commands: DomainCaseCommand[]): CaseEvent[] {
  return commands.reduce((history, command) => {
    const state = fold(caseDecider, history);
    return [...history, ...caseDecider.decide(command, state)];
  }, events);
}

const hearing = caseCommand('ScheduleHearing', {
  hearingId: 'hearing-1',
  partyIds: ['party-a'],
  court: 'Juzgado Penal de Asunción',
  scheduledFor: '2024-04-20',
  purpose: 'trial',
});
const appeal = caseCommand('FileAppeal', {
  appealId: 'appeal-1',
  partyId: 'party-a',
  appellant: 'defence',
  against: 'sentence',
});
const share = caseCommand(
  'ShareCase',
  {
    shareId: 'share-1',
    country: 'BR',
    agency: 'Receita',
    fields: ['seizure'],
    until: '2025-01-01',
  },
  '2024-06-01',
  'judiciary',
);
const close = (role: Role) =>
  caseCommand('CloseCase', { reasonCode: 'other', note: 'test' }, '2024-07-01', role);

const stories: Story[] = [
  { name: 'detected', events: detected },
  { name: 'referred', events: referred },
  { name: 'accepted', events: accepted },
  { name: 'charged, hearing set', events: decided(charged, hearing) },
  { name: 'convicted', events: [...charged, verdict('party-a', 'convicted')] },
  { name: 'judged, appealed, shared', events: decided(judged, appeal, share) },
  {
    name: 'settled',
    events: decided(
      detected,
      caseCommand('SettleAdministratively', {
        settlementId: 'settlement-1',
        partyIds: ['party-b'],
        penaltyLines: [{ type: 'fine', amount: { amount: 500, currency: 'USD' } }],
        reExportOrder: false,
      }),
    ),
  },
  { name: 'closed in detection', events: decided(detected, close('customs')), closedBy: 'customs' },
  {
    name: 'closed while charged',
    events: decided(charged, close('prosecutor')),
    closedBy: 'prosecutor',
  },
  {
    name: 'closed after judgment',
    events: decided(judged, close('judiciary')),
    closedBy: 'judiciary',
  },
];

const scope = {
  country: seizure.country,
  agency: seizure.agency,
  sharedWith: [],
  personalSharedWith: [],
};

const users: SessionUser[] = (
  ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'] as const
).map((role) => ({
  id: `${role}-1`,
  email: `${role}@test`,
  displayName: role,
  role,
  country: role === 'analyst' || role === 'admin' ? null : seizure.country,
  agency: role === 'customs' ? seizure.agency : null,
  focalPoint: false,
}));

/** The case as GET /api/cases/:id shows it to a reader of its country. */
function consoleRecord({ events, closedBy }: Story): CaseRecord {
  const state = fold(caseDecider, events);
  const progress = caseProgress(state);
  const closure = closedBy && {
    position: events.length,
    type: 'CaseClosed',
    data: {},
    actor: { userId: `${closedBy}-1`, role: closedBy, agency: 'agency', country: seizure.country },
    recordedAt: '2024-07-01T00:00:00Z',
  };
  return JSON.parse(
    JSON.stringify({
      id: seizure.caseId,
      version: events.length,
      timeline: closure ? [closure] : [],
      stage: progress.stage,
      outcome: progress.outcome,
      personalData: 'included',
      defendants: progress.defendants,
      stepper: [],
      state,
    }),
  ) as CaseRecord;
}

/** Whether the API accepts this command from this user on the story's case. */
function apiAccepts(user: SessionUser, story: Story, command: string): boolean {
  const ability = abilityFor(user);
  const state = fold(caseDecider, story.events);
  if (command in evidenceCommandRoles) {
    return ability.can(command as AppAction, subject('Evidence', { ...scope }));
  }
  const owned = (stageOwnedCommands as readonly string[]).includes(command);
  return (
    ability.can(command as AppAction, subject('Case', { ...scope })) &&
    (!owned || stageOwner(state) === user.role)
  );
}

function offered(user: SessionUser, story: Story): string[] {
  const record = consoleRecord(story);
  const onCase = [...caseCommands(user, record)].map((command) => caseCommandNames[command]);
  const onDefendants = Object.entries(record.defendants).flatMap(([, { status }]) =>
    defendantCommands(user, record, status).map((command) => defendantCommandNames[command]),
  );
  const onEntries = [...entryCommands(user, record)].map((command) => entryCommandNames[command]);
  return [...onCase, ...onDefendants, ...onEntries];
}

describe('the console offers what the API accepts', () => {
  it.each(
    stories.flatMap((story) => users.map((user) => [story.name, user.role, story, user] as const)),
  )('%s, %s: every command offered is accepted', (_name, _role, story, user) => {
    const refused = offered(user, story).filter((command) => !apiAccepts(user, story, command));
    expect(refused).toEqual([]);
  });

  it.each(users.map((user) => [user.role, user] as const))(
    '%s: every console command the API gives this role is offered on some case',
    (_role, user) => {
      const consoleNames = new Set<string>([
        ...Object.values(caseCommandNames),
        ...Object.values(defendantCommandNames),
        ...Object.values(entryCommandNames),
      ]);
      const table: Record<string, readonly string[]> = {
        ...caseCommandRoles,
        ...evidenceCommandRoles,
      };
      const given = [...consoleNames].filter((name) => table[name]?.includes(user.role));
      const seen = new Set(stories.flatMap((story) => offered(user, story)));
      expect(given.filter((name) => !seen.has(name))).toEqual([]);
    },
  );
});
