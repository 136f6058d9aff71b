import { ApiProperty } from '@nestjs/swagger';
import { type LoginRequest } from '@greenchain/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequestBody implements LoginRequest {
  @ApiProperty({ example: 'customs@demo.greenchain.test' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'greenchain-demo', minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
