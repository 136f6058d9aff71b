import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { minimumPasswordLength } from './password-policy';

/** A password being set: the length here, the guessability in PasswordPolicy (422). */
export const NewPasswordProperty = (description: string) =>
  applyDecorators(
    ApiProperty({ description, minLength: minimumPasswordLength, maxLength: 256 }),
    IsString(),
    MinLength(minimumPasswordLength),
    MaxLength(256),
  );
