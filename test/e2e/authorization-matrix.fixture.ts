import { caseRoutes } from './authorization-matrix.case-routes';
import { platformRoutes } from './authorization-matrix.platform-routes';
import type { MatrixRow } from './authorization-matrix.roles';

export {
  actors,
  scopes,
  type MatrixActor,
  type MatrixRow,
  type RouteIds,
} from './authorization-matrix.roles';

/** Every route of the API and what each actor gets on it. */
export const authorizationMatrix: Readonly<Record<string, MatrixRow>> = {
  ...platformRoutes,
  ...caseRoutes,
};
