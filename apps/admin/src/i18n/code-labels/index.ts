import { es } from './es';
import { fr } from './fr';

/**
 * Names of the reference codes (`codes.<list>.<code>`) in the console's other languages. English
 * has none of its own: the API serves each list with the reference data's English labels, and a
 * code without a translation shows that label (see `useCodeLabel`), so the console and the
 * reference lists cannot disagree.
 */
export const codeLabels = { en: {}, fr, es };
