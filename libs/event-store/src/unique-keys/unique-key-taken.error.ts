/** The key already belongs to another stream; the append that claimed it was not made. */
export class UniqueKeyTakenError extends Error {
  constructor(
    readonly scope: string,
    readonly key: string,
    readonly holder: string,
  ) {
    super(`${scope} ${key} is already held by ${holder}`);
    this.name = 'UniqueKeyTakenError';
  }
}
