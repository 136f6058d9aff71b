import { ApiProperty } from '@nestjs/swagger';
import { type ChangePasswordRequest } from '@greenchain/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NewPasswordProperty } from './new-password.property';

export class ChangePasswordRequestBody implements ChangePasswordRequest {
  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @NewPasswordProperty('At least 12 characters and hard to guess (zxcvbn score 3 or more).')
  newPassword!: string;
}
