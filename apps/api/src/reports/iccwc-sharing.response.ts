import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type IccwcSharingChoice } from '@greenchain/contracts';

export class IccwcSharingResponse implements IccwcSharingChoice {
  @ApiProperty({ example: 'KE' })
  country!: string;

  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ description: 'True unless the Party objected.' })
  shared!: boolean;

  @ApiProperty({ description: 'False while the default stands (nobody chose).' })
  chosen!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  chosenAt!: string | null;
}
