import { ApiProperty } from '@nestjs/swagger';
import { roles, type Role, type UserRecord } from '@greenchain/contracts';

export class UserRecordResponse implements UserRecord {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: roles })
  role!: Role;

  @ApiProperty({ nullable: true, type: String })
  country!: string | null;

  @ApiProperty({ nullable: true, type: String })
  agency!: string | null;

  @ApiProperty({ description: "A national focal point: files the country's treaty reports." })
  focalPoint!: boolean;

  @ApiProperty()
  active!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}
