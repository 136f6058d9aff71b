import { type ActorRole } from './roles';

/**
 * Who may issue each case command (docs/requirements.md). The API enforces it together with
 * country, agency and stage ownership; the console offers a command only to these roles. One table
 * for the domain, the API and the console, so what the console offers cannot drift from what the
 * API accepts.
 */
export const caseCommandRoles = {
  RecordSeizure: ['customs'],
  AddCommodityItem: ['customs'],
  AmendCommodityItem: ['customs'],
  RemoveCommodityItem: ['customs'],
  AddParty: ['customs', 'prosecutor'],
  AmendParty: ['customs', 'prosecutor'],
  RecordLabResult: ['customs'],
  SettleAdministratively: ['customs'],
  ReferToProsecution: ['customs'],
  AcceptReferral: ['prosecutor'],
  ReturnReferral: ['prosecutor'],
  FileCharges: ['prosecutor'],
  DeclineProsecution: ['prosecutor'],
  WithdrawCharges: ['prosecutor'],
  ScheduleHearing: ['judiciary'],
  AdjournHearing: ['judiciary'],
  RecordPlea: ['judiciary'],
  RecordVerdict: ['judiciary'],
  ImposeSentence: ['judiciary'],
  FileAppeal: ['judiciary'],
  DecideAppeal: ['judiciary'],
  RecordPenaltyEnforcement: ['judiciary', 'customs'],
  RecordDisposal: ['customs'],
  CloseCase: ['customs', 'prosecutor', 'judiciary'],
  ReopenCase: ['customs', 'prosecutor', 'judiciary'],
  ShareCase: ['customs', 'prosecutor', 'judiciary'],
  RevokeShare: ['customs', 'prosecutor', 'judiciary'],
  AttachDocument: ['customs', 'prosecutor', 'judiciary'],
  CorrectDocument: ['customs', 'prosecutor', 'judiciary'],
  // The reporting side of a case: the country's focal points are customs officers and prosecutors.
  ExplainReportGap: ['customs', 'prosecutor'],
  FlagDeadlineMissed: ['system'],
} as const satisfies Record<string, readonly ActorRole[]>;
export type CaseCommandName = keyof typeof caseCommandRoles;

/** Who may issue each evidence command; custody passes between the three agencies. */
export const evidenceCommandRoles = {
  RegisterEvidence: ['customs', 'prosecutor', 'judiciary'],
  SealEvidence: ['customs', 'prosecutor', 'judiciary'],
  TransferCustody: ['customs', 'prosecutor', 'judiciary'],
  RecordEvidenceExamination: ['customs', 'prosecutor', 'judiciary'],
  ReleaseEvidence: ['customs', 'prosecutor', 'judiciary'],
  DestroyEvidence: ['customs', 'prosecutor', 'judiciary'],
} as const satisfies Record<string, readonly ActorRole[]>;
export type EvidenceCommandName = keyof typeof evidenceCommandRoles;

/** Whether a role ever issues this case or evidence command (country, agency and stage aside). */
export function roleMayIssue(
  role: ActorRole,
  command: CaseCommandName | EvidenceCommandName,
): boolean {
  const roles: readonly ActorRole[] =
    command in caseCommandRoles
      ? caseCommandRoles[command as CaseCommandName]
      : evidenceCommandRoles[command as EvidenceCommandName];
  return roles.includes(role);
}
