// Tests and hooks of the integration tier: time to create a migrated database and start a worker
// context on a loaded two-core machine (jest reads a project's own testTimeout nowhere).
jest.setTimeout(60_000);
