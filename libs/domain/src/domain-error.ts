/**
 * A rule of the enforcement chain refused a command. `code` is stable (clients switch on it);
 * `field` names the input that broke the rule, when one did.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
