import { ApiProperty } from '@nestjs/swagger';
import { type ResetPasswordRequest } from '@greenchain/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NewPasswordProperty } from './new-password.property';

export class ResetPasswordRequestBody implements ResetPasswordRequest {
  @ApiProperty({ description: 'The token at the end of the reset link.' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token is not a reset token' })
  token!: string;

  @NewPasswordProperty('At least 12 characters and hard to guess (zxcvbn score 3 or more).')
  newPassword!: string;
}
