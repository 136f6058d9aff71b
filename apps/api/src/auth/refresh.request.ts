import { ApiProperty } from '@nestjs/swagger';
import { type RefreshRequest } from '@greenchain/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';

export class RefreshRequestBody implements RefreshRequest {
  @ApiProperty({ description: 'The refresh token from sign-in or the last refresh.' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'refreshToken is not a refresh token' })
  refreshToken!: string;
}
