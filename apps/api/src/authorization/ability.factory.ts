import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { type SessionUser } from '@greenchain/contracts';
import { caseCommandRoles, evidenceCommandRoles } from '@greenchain/domain';
import { type AppAbility, type AppAction } from './app-ability';
import { shareRecipient } from './share-recipient';

function commandsOf(table: Readonly<Record<string, readonly string[]>>, role: string): AppAction[] {
  return Object.entries(table)
    .filter(([, roles]) => roles.includes(role))
    .map(([command]) => command as AppAction);
}

/**
 * Abilities from role + country + agency (see docs/adr/0005-api-authorization.md). Officers act on
 * records of their own country (customs only on seizures of their own agency); a share gives the
 * agency it names in another country read access; analysts read every case without personal fields; administrators
 * manage users, erase data subjects, verify any chain and operate projections and jobs, but read no
 * case content (so export none). Customs, prosecutors and analysts export the case list they see;
 * customs import seizures and read their office's outcome notifications; analytics are aggregates
 * without personal fields, for every role with a scope, and only officers list their own
 * country's cases missing data behind them. The treaty reports are filed by a country's national
 * focal points, customs officers and prosecutors an administrator designated: they read their own
 * country's (the route holds them to it) and record its report-level choices; analysts read every
 * country's without personal columns.
 */
export function abilityFor(user: SessionUser): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Reference');
  switch (user.role) {
    case 'customs':
    case 'prosecutor':
    case 'judiciary': {
      if (user.country === null) break;
      const own = { country: user.country };
      can(['read', 'readPersonal', 'verify'], ['Case', 'Evidence'], own);
      if (user.agency !== null) {
        const recipient = shareRecipient(user.country, user.agency);
        can(['read', 'verify'], ['Case', 'Evidence'], { sharedWith: { $all: [recipient] } });
        can('readPersonal', ['Case', 'Evidence'], { personalSharedWith: { $all: [recipient] } });
      }
      const scope = user.role === 'customs' ? { ...own, agency: user.agency ?? '' } : own;
      can(commandsOf(caseCommandRoles, user.role), 'Case', scope);
      can(commandsOf(evidenceCommandRoles, user.role), 'Evidence', own);
      can('read', ['Analytics', 'IncompleteCases']);
      if (user.role !== 'judiciary') can(['create', 'read'], 'Export');
      // Filing reports is a designated duty: the focal points only, never every officer.
      if (user.role !== 'judiciary' && user.focalPoint) can(['read', 'record'], 'TreatyReport');
      if (user.role === 'customs') {
        can(['create', 'read'], 'Import');
        can('read', 'Notification');
      }
      break;
    }
    case 'analyst':
      can(['read', 'verify'], 'Case');
      can(['create', 'read'], 'Export');
      can('read', 'Analytics');
      can('read', 'TreatyReport');
      break;
    case 'admin':
      can('manage', 'User');
      can('erase', 'DataSubject');
      can('verify', ['Case', 'Evidence']);
      can('manage', ['Projection', 'DeadLetter', 'WebhookSubscription']);
      can('read', 'Analytics');
      can('read', 'Metrics');
      can('read', 'SecurityAudit');
      break;
  }
  return build();
}
