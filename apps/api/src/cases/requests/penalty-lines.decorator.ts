import { applyDecorators } from '@nestjs/common';
import {
  ApiProperty,
  getSchemaPath,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';
import {
  type PenaltyLineField,
  penaltyLineFields,
  type PenaltyLineType,
  penaltyLineTypes,
  textLimits,
} from '@greenchain/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { MoneyBody } from '../../commands/bodies/money.body';
import { PenaltyLineBody } from './penalty-line.body';

const money: ReferenceObject = { $ref: getSchemaPath(MoneyBody) };

const fieldSchemas: Record<PenaltyLineField, SchemaObject | ReferenceObject> = {
  amount: money,
  months: { type: 'integer', minimum: 1 },
  suspended: { type: 'boolean' },
  hours: { type: 'integer', minimum: 1 },
  itemIds: { type: 'array', minItems: 1, items: { type: 'string', format: 'uuid' } },
  description: { type: 'string', maxLength: textLimits.note },
  value: money,
  order: { type: 'string', enum: ['destroy', 're_export'] },
};

/** One schema per kind of line, with the fields that kind requires: what the domain checks. */
function lineSchema(type: PenaltyLineType): SchemaObject {
  const { required, optional } = penaltyLineFields[type];
  const fields: readonly PenaltyLineField[] = [...required, ...optional];
  return {
    type: 'object',
    title: type,
    required: ['type', ...required],
    properties: {
      type: { type: 'string', enum: [type] },
      ...Object.fromEntries(fields.map((field) => [field, fieldSchemas[field]])),
    },
  };
}

/**
 * A list of penalty lines: validated field by field as PenaltyLineBody, documented as one schema
 * per kind of line (discriminated by `type`), so a generated client knows what each kind requires.
 */
export const PenaltyLines = (maxItems: number, description: string) =>
  applyDecorators(
    ApiProperty({
      type: 'array',
      maxItems,
      description,
      items: { oneOf: penaltyLineTypes.map(lineSchema), discriminator: { propertyName: 'type' } },
    }),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(() => PenaltyLineBody),
  );
