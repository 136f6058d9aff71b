import { type Type } from '@nestjs/common';
import { caseCommandRoles, type CaseCommandType } from '@greenchain/domain';
import { CommandRoute } from '../commands/command-route.decorator';

export const CaseCommandRoute = (
  command: CaseCommandType,
  body: Type,
  summary: string,
  creates = false,
) => CommandRoute({ command, body, summary, roles: caseCommandRoles[command], creates });
