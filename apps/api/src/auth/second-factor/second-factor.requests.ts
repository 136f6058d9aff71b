import { ApiProperty } from '@nestjs/swagger';
import { type SecondFactorCodeRequest, type SecondFactorLoginRequest } from '@greenchain/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';

const codeDescription =
  'A 6-digit code from the authenticator app, or a recovery code (ABCD-EFGH-JKLM; case, spaces and dashes ignored).';

/** Six digits, or twelve letters and digits in any grouping: anything else is a 400 on `code`. */
const codeShape = /^(?:\s*\d\s*){6}$|^[A-Za-z0-9\s-]{12,20}$/;

export class SecondFactorCodeBody implements SecondFactorCodeRequest {
  @ApiProperty({ description: codeDescription, example: '123456' })
  @IsString()
  @MaxLength(20)
  @Matches(codeShape, { message: 'code is not an authenticator or recovery code' })
  code!: string;
}

export class SecondFactorLoginBody implements SecondFactorLoginRequest {
  @ApiProperty({ description: 'The challenge from POST /api/auth/login.' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'challenge is not a sign-in challenge' })
  challenge!: string;

  @ApiProperty({ description: codeDescription, example: '123456' })
  @IsString()
  @MaxLength(20)
  @Matches(codeShape, { message: 'code is not an authenticator or recovery code' })
  code!: string;
}
