import { QueryFailedError } from 'typeorm';
import { loggableError } from './loggable-error';

describe('an unexpected error as logged', () => {
  it('keeps the statement and the database code, never its parameters or the driver detail', () => {
    const driverError = Object.assign(new Error('duplicate key value'), {
      code: '23505',
      detail: 'Key (email)=(canary@example.org) already exists.',
    });
    const error = new QueryFailedError(
      'INSERT INTO users (email) VALUES ($1)',
      ['canary@example.org'],
      driverError,
    );
    const logged = loggableError(error);
    expect(logged).toMatchObject({
      name: 'QueryFailedError',
      code: '23505',
      query: 'INSERT INTO users (email) VALUES ($1)',
    });
    expect(JSON.stringify(logged)).not.toContain('canary');
  });

  it('names what was thrown when it is not an Error', () => {
    expect(loggableError('text')).toEqual({ error: 'string' });
  });
});
