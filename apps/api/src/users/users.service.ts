import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Role, type SessionUser } from '@greenchain/contracts';
import { hash, verify } from 'argon2';
import { Brackets, type EntityManager, Repository } from 'typeorm';
import { type UserListCriteria } from './user-list.criteria';
import { UserEntity } from './user.entity';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
  readonly focalPoint?: boolean;
}

interface SessionUserRow {
  readonly id: string;
  readonly email: string;
  readonly display_name: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
  readonly focal_point: boolean;
}

@Injectable()
export class UsersService {
  /**
   * Verified in place of a missing user's hash, so an unknown email costs what a wrong password
   * costs and timing tells no one which emails have accounts. Same parameters as real hashes; made
   * at the first need, so starting the process costs no extra hash.
   */
  private missingUserHash: Promise<string> | undefined;

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** With `transaction`, inside the caller's transaction. */
  async create(user: NewUser, transaction?: EntityManager): Promise<UserEntity> {
    const { password, ...profile } = user;
    return this.repository(transaction).save({
      ...profile,
      id: randomUUID(),
      passwordHash: await hash(password),
      focalPoint: profile.focalPoint ?? false,
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
    this.missingUserHash ??= hash(randomUUID());
    const matches = await verify(user?.passwordHash ?? (await this.missingUserHash), password);
    return matches && user?.active ? user : null;
  }

  /** The account an email belongs to, if any, whatever its state (for the audit of a failed sign-in). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** Whether this active user's password is the given one (re-authentication, own change). */
  async verifyPassword(id: string, password: string): Promise<boolean> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id AND u.active', { id })
      .getOne();
    return user !== null && (await verify(user.passwordHash, password));
  }

  /** Stores the argon2id hash of a new password; the caller has checked it against the policy. */
  async setPassword(
    id: string,
    password: string,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash: await hash(password) });
  }

  findActive(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id, active: true });
  }

  /**
   * The active user as a session shows them. Authentication asks on every request (so a disabled
   * account loses access at once): one plain statement, without the repository's query building,
   * which cost more of the API's CPU than the look-up itself.
   */
  async findActiveSessionUser(id: string): Promise<SessionUser | null> {
    const [row] = await this.users.query<SessionUserRow[]>(
      `SELECT id, email, display_name, role, country, agency, focal_point
         FROM users WHERE id = $1 AND active`,
      [id],
    );
    return row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          country: row.country,
          agency: row.agency,
          focalPoint: row.focal_point,
        }
      : null;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** One page and the total, for react-admin's Content-Range. */
  async list(criteria: UserListCriteria): Promise<{ rows: UserEntity[]; total: number }> {
    const { filter } = criteria;
    const query = this.users.createQueryBuilder('u');
    if (filter.role !== undefined) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.country !== undefined)
      query.andWhere('u.country = :country', { country: filter.country });
    if (filter.agency !== undefined)
      query.andWhere('u.agency = :agency', { agency: filter.agency });
    if (filter.active !== undefined)
      query.andWhere('u.active = :active', { active: filter.active });
    if (filter.q !== undefined) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('u.email ILIKE :pattern', { pattern })
            .orWhere('u.displayName ILIKE :pattern', { pattern }),
        ),
      );
    }
    const [rows, total] = await query
      .orderBy(`u.${criteria.sort}`, criteria.order)
      .addOrderBy('u.id', 'ASC')
      .skip(criteria.first)
      .take(criteria.last - criteria.first + 1)
      .getManyAndCount();
    return { rows, total };
  }

  /** A user read for a change in the caller's transaction: the row stays locked until it ends. */
  findForUpdate(id: string, transaction: EntityManager): Promise<UserEntity | null> {
    return this.repository(transaction).findOne({
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async update(
    id: string,
    changes: Partial<
      Pick<UserEntity, 'displayName' | 'role' | 'country' | 'agency' | 'focalPoint' | 'active'>
    >,
    transaction?: EntityManager,
  ): Promise<UserEntity | null> {
    const user = transaction ? await this.findForUpdate(id, transaction) : await this.findById(id);
    if (!user) return null;
    return this.repository(transaction).save({ ...user, ...changes });
  }

  private repository(transaction: EntityManager | undefined): Repository<UserEntity> {
    return transaction?.getRepository(UserEntity) ?? this.users;
  }
}
