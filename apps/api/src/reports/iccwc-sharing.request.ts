import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** The Party's answer for the year: false objects to sharing with the ICCWC partners. */
export class IccwcSharingRequest {
  @ApiProperty({
    description:
      'False: the Party objects to its CITES illegal trade data being shared with the ICCWC partners.',
  })
  @IsBoolean()
  shared!: boolean;
}
