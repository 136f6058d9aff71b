/** Start-up refuses to go on; each problem names the environment variable at fault. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(
      [
        'Greenchain cannot start: the configuration is invalid.',
        ...problems.map(({ variable, message }) => `  - ${variable}: ${message}`),
        'See the configuration table in README.md.',
      ].join('\n'),
    );
    this.name = 'ConfigurationError';
  }
}
