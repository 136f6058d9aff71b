import { ApiProperty } from '@nestjs/swagger';
import { type ReauthenticateRequest } from '@greenchain/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ReauthenticateRequestBody implements ReauthenticateRequest {
  @ApiProperty({ description: "The signed-in user's password.", minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
