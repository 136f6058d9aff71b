import { ApiProperty } from '@nestjs/swagger';
import { type LoginResponse, roles, type SessionUser } from '@greenchain/contracts';

class SessionUserResponse implements SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: roles })
  role!: SessionUser['role'];

  @ApiProperty({ nullable: true, type: String, example: 'KE' })
  country!: string | null;

  @ApiProperty({ nullable: true, type: String })
  agency!: string | null;

  @ApiProperty({ description: "A national focal point: files the country's treaty reports." })
  focalPoint!: boolean;
}

export class LoginResponseBody implements LoginResponse {
  @ApiProperty({ description: 'HS256 JWT; send as Authorization: Bearer.' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds the access token lives.' })
  expiresIn!: number;

  @ApiProperty({ description: 'Single-use refresh token; reuse revokes the session.' })
  refreshToken!: string;

  @ApiProperty({ description: 'Seconds the refresh token lives.' })
  refreshExpiresIn!: number;

  @ApiProperty({ type: SessionUserResponse })
  user!: SessionUserResponse;

  @ApiProperty({
    description:
      'True for an administrator without a second factor: every route but /api/auth/second-factor… and /api/auth/me answers 403 auth/second-factor-enrolment-required until one is enrolled.',
  })
  secondFactorEnrolmentRequired!: boolean;
}
