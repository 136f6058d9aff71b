import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * Property decorators for request bodies: each states the shape (checked here, with the field named)
 * and documents it; the domain then checks meaning (codes, dates, amounts) and names the field too.
 */
export const Text = (maxLength: number, description?: string, example?: string) =>
  applyDecorators(
    ApiProperty({ maxLength, description, example }),
    IsString(),
    MaxLength(maxLength),
  );

export const OptionalText = (maxLength: number, description?: string, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength, description, example }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

export const TextList = (maxItems: number, description?: string, example?: string[]) =>
  applyDecorators(
    ApiProperty({ type: [String], maxItems, description, example }),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(100, { each: true }),
  );

export const OptionalTextList = (maxItems: number, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(100, { each: true }),
  );

export const WholeNumber = (description?: string, optional = false) =>
  applyDecorators(
    optional
      ? ApiPropertyOptional({ type: 'integer', description })
      : ApiProperty({ type: 'integer', description }),
    ...(optional ? [IsOptional()] : []),
    IsInt(),
  );

export const Flag = (description?: string, optional = false) =>
  applyDecorators(
    optional ? ApiPropertyOptional({ description }) : ApiProperty({ description }),
    ...(optional ? [IsOptional()] : []),
    IsBoolean(),
  );

/** A nested object of class `type`, validated (and whitelisted) field by field. */
export const Nested = (type: () => new () => object, description?: string, optional = false) =>
  applyDecorators(
    // Swagger resolves a lazy type only through a function named `type`, and names the schema after
    // the class it returns; the parameter itself is anonymous and would yield a nameless $ref.
    optional
      ? ApiPropertyOptional({ type: () => type(), description })
      : ApiProperty({ type: () => type(), description }),
    optional ? IsOptional() : IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(type),
  );

/** A list of nested objects, each validated and whitelisted. */
export const NestedList = (type: () => new () => object, maxItems: number, description?: string) =>
  applyDecorators(
    ApiProperty({ type: () => [type()], maxItems, description }),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(type),
  );
