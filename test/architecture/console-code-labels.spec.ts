import { isPickListName, pickList } from '@greenchain/reference-data';
import { codeLabels } from '../../apps/admin/src/i18n/code-labels';

const translated = { fr: codeLabels.fr.codes, es: codeLabels.es.codes };

describe("the console's names of reference codes", () => {
  it('has no English of its own: English is the reference lists’ label', () => {
    expect(codeLabels.en).toEqual({});
  });

  it.each(Object.entries(translated))(
    '%s names exactly the codes of each reference list it translates',
    (_, lists) => {
      const mismatched = Object.entries(lists).flatMap(([name, names]) => {
        if (!isPickListName(name)) return [`${name}: not a reference list`];
        const codes = pickList(name).map((entry) => entry.code);
        const named = Object.keys(names);
        return [
          ...codes
            .filter((code) => !named.includes(code))
            .map((code) => `${name}.${code}: missing`),
          ...named.filter((code) => !codes.includes(code)).map((code) => `${name}.${code}: extra`),
        ];
      });
      expect(mismatched).toEqual([]);
    },
  );

  it('translates the same lists in French and Spanish', () => {
    expect(Object.keys(translated.es)).toEqual(Object.keys(translated.fr));
  });
});
