import { waitingHooks } from '../waiting-hooks';

// Loaded before each integration, end-to-end and browser test file (jest setupFilesAfterEnv).
Object.assign(globalThis, waitingHooks({ beforeAll, afterAll }));
