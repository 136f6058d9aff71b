import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, Length, Matches, MaxLength, MinLength } from 'class-validator';

/** A partner endpoint for one seizing office's case outcomes. */
export class CreateWebhookRequestBody {
  @ApiProperty({
    maxLength: 300,
    example: 'Kenya Revenue Authority - Customs',
    description: 'The seizing agency whose case outcomes are pushed, as recorded on its seizures.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  agency!: string;

  @ApiProperty({ example: 'KE', description: 'ISO 3166-1 alpha-2 code of the seizing country.' })
  @IsString()
  @Length(2, 2)
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code like KE' })
  country!: string;

  @ApiProperty({
    maxLength: 2000,
    example: 'https://partner.example.org/greenchain/outcomes',
    description:
      'https (http outside production), without a user name or password. Refused (422) when its host is or resolves to a loopback, private, link-local, cloud-metadata or other special-purpose address, unless WEBHOOK_ALLOWED_NETWORKS opens it.',
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true, require_tld: false },
    { message: 'url must be an http:// or https:// URL' },
  )
  url!: string;
}
