import { citesPurposes, citesSources, citesTerms, citesUnits, type CitesCode } from './cites';
import { codeList, codeListNames, type CodeListName, type ListedCode } from './code-lists';

const citesLists = {
  citesTerms,
  citesUnits,
  citesPurposes,
  citesSources,
} as const satisfies Record<string, readonly CitesCode[]>;

export type CitesCodeListName = keyof typeof citesLists;
export type PickListName = CodeListName | CitesCodeListName;

/**
 * Every list a form offers to pick from: the project's code lists and the CITES Trade Database
 * codes (terms, units, purposes, sources), served alike so a console reads them one way.
 */
export const pickListNames: readonly PickListName[] = [
  ...codeListNames,
  ...(Object.keys(citesLists) as CitesCodeListName[]),
];

const isCitesList = (name: PickListName): name is CitesCodeListName => name in citesLists;

export function isPickListName(value: string): value is PickListName {
  return (pickListNames as readonly string[]).includes(value);
}

export function pickList(name: PickListName): readonly ListedCode[] {
  if (!isCitesList(name)) return codeList(name);
  return citesLists[name].map(({ code, description, symbol, confidence, note }) => ({
    code,
    label: symbol === undefined ? description : `${description} (${symbol})`,
    ...(confidence !== undefined && { confidence }),
    ...(note !== undefined && { note }),
  }));
}
