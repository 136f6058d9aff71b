// Tests and hooks of the end-to-end tier: time to create a database and start the whole
// application, demo world included, on a loaded two-core machine (jest reads a project's own
// testTimeout nowhere).
jest.setTimeout(120_000);
