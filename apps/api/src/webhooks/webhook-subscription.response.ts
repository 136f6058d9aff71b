import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A webhook subscription as administrators see it: never its secret. */
export class WebhookSubscriptionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Kenya Revenue Authority - Customs' })
  agency!: string;

  @ApiProperty({ example: 'KE' })
  country!: string;

  @ApiProperty({ example: 'https://partner.example.org/greenchain/outcomes' })
  url!: string;

  @ApiProperty({ description: 'False once disabled: no more deliveries.' })
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  disabledAt!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  secretRotatedAt!: string | null;
}

/** Answer of a creation or a rotation: the signing secret, shown this once and never again. */
export class WebhookSecretResponse extends WebhookSubscriptionResponse {
  @ApiProperty({
    description:
      'HMAC-SHA256 key of the x-greenchain-signature header (sha256=<hex> over "<x-greenchain-timestamp>.<body>"). Shown once: store it now.',
  })
  secret!: string;
}
