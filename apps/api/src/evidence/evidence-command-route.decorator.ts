import { type Type } from '@nestjs/common';
import { evidenceCommandRoles, type EvidenceCommandType } from '@greenchain/domain';
import { CommandRoute } from '../commands/command-route.decorator';

export const EvidenceCommandRoute = (
  command: EvidenceCommandType,
  body: Type,
  summary: string,
  creates = false,
) => CommandRoute({ command, body, summary, roles: evidenceCommandRoles[command], creates });
