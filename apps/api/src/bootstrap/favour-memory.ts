import { setFlagsFromString } from 'node:v8';

/**
 * The single process is the laptop and demo mode (`npm start`): it should stay small beside the
 * user's other programs rather than trade memory for speed. V8's optimise-for-size mode grows the
 * heap less eagerly and compacts it more: the embedded process held about 380 MB instead of
 * 450–550 MB once the demo world was in (ADR 0014). Set before the application is loaded, so the
 * start-up's allocations already follow it; the flag steers heap sizing, read at each collection.
 */
setFlagsFromString('--optimize-for-size');
