import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Role } from '@greenchain/contracts';
import { hash, verify } from 'argon2';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async create(user: NewUser): Promise<UserEntity> {
    const { password, ...profile } = user;
    return this.users.save({
      ...profile,
      id: randomUUID(),
      passwordHash: await hash(password),
      active: true,
    });
  }

  async exists(email: string): Promise<boolean> {
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getExists();
  }

  /** Null for an unknown email, a wrong password or a disabled account alike: no account probing. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!user || !user.active) return null;
    return (await verify(user.passwordHash, password)) ? user : null;
  }

  findActive(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id, active: true });
  }
}
