import { ApiProperty } from '@nestjs/swagger';
import {
  missingFactReasons,
  type MissingFactReason,
  ownProperty,
  reportFormats,
  type ReportFormat,
  textLimits,
} from '@greenchain/contracts';
import { type ExplainReportGapData } from '@greenchain/domain';
import { reportTemplates } from '@greenchain/reports';
import { IsIn, IsString, ValidateBy } from 'class-validator';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { CommandRequest, fieldsOf } from '../../commands/command.request';

/** A column the named report requires: only such a column can leave a gap to explain. */
const RequiredColumnOfReport = () =>
  ValidateBy({
    name: 'requiredColumnOfReport',
    validator: {
      validate: (value: unknown, args) => {
        const report = (args?.object as { report?: unknown }).report;
        const template =
          typeof report === 'string' ? ownProperty(reportTemplates, report) : undefined;
        return template?.columns.some((column) => column.required && column.key === value) ?? false;
      },
      defaultMessage: () => "column must be the key of a column the report's template requires",
    },
  });

export class ExplainReportGapRequest extends CommandRequest {
  @ApiProperty({ enum: reportFormats, example: 'cites-aitr' })
  @IsIn(reportFormats)
  report!: ReportFormat;

  @ApiProperty({
    example: 'origin',
    description: "A required column's key in the report's template (as the validation lists it).",
  })
  @IsString()
  @RequiredColumnOfReport()
  column!: string;

  @ApiProperty({ enum: missingFactReasons })
  @IsIn(missingFactReasons)
  reason!: MissingFactReason;

  @OptionalText(textLimits.note, 'More on why (free text: personal data of the case).')
  note?: string;

  toData(): ExplainReportGapData {
    return fieldsOf(this);
  }
}
