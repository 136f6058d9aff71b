import { securityAuditKinds, securityAuditOutcomes } from '@greenchain/contracts';

/** react-admin choices whose names are message keys (translated by the inputs and fields). */
export const kindChoices = securityAuditKinds.map((kind) => ({
  id: kind,
  name: `securityAudit.kinds.${kind}`,
}));

export const outcomeChoices = securityAuditOutcomes.map((outcome) => ({
  id: outcome,
  name: `securityAudit.outcomes.${outcome}`,
}));
