/** The case pages' strings (`resources.cases.*`, `cases.*`) in every console language. */
export { en } from './messages/en';
export { fr } from './messages/fr';
export { es } from './messages/es';
