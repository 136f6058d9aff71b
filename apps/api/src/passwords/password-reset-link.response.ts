import { ApiProperty } from '@nestjs/swagger';
import { type PasswordResetLink } from '@greenchain/contracts';

export class PasswordResetLinkResponse implements PasswordResetLink {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({
    description: 'The console page with the token, relative to this server; shown this once.',
    example: '/admin/#/reset-password/…',
  })
  path!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
