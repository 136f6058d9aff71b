import { biosafetyScenarios } from './scenarios/biosafety.scenarios';
import { chemicalWeaponsScenarios } from './scenarios/chemical-weapons.scenarios';
import { hazardousChemicalsScenarios } from './scenarios/hazardous-chemicals.scenarios';
import { ozoneScenarios } from './scenarios/ozone.scenarios';
import { pollutantsScenarios } from './scenarios/pollutants.scenarios';
import type { Scenario } from './scenarios/scenario';
import { wasteScenarios } from './scenarios/waste.scenarios';
import { wildlifeScenarios } from './scenarios/wildlife.scenarios';

export {
  coreAgreements,
  type CoreAgreement,
  type ItemDraft,
  type Scenario,
} from './scenarios/scenario';

/** Every scenario, per agreement; the order is part of a seed's world (picks are by index). */
export const scenarios: readonly Scenario[] = [
  ...ozoneScenarios,
  ...wildlifeScenarios,
  ...wasteScenarios,
  ...pollutantsScenarios,
  ...hazardousChemicalsScenarios,
  ...biosafetyScenarios,
  ...chemicalWeaponsScenarios,
];
