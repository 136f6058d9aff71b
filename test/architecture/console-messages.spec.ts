import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureMessages } from '../../apps/admin/src/i18n/feature-messages';
import { raMessages } from '../../apps/admin/src/i18n/ra-messages';

type Catalogue = { readonly [key: string]: string | Catalogue };

function keys(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function missing(from: Catalogue, reference: Catalogue): string[] {
  const present = new Set(keys(from));
  return keys(reference).filter((key) => !present.has(key));
}

function empty(catalogue: Catalogue): string[] {
  const values = (entry: Catalogue, prefix = ''): [string, string][] =>
    Object.entries(entry).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : values(value, `${prefix}${key}.`),
    );
  // react-admin's boolean.null is a single space on purpose (an empty cell).
  return values(catalogue)
    .filter(([key, value]) => value.trim() === '' && key !== 'ra.boolean.null')
    .map(([key]) => key);
}

const catalogues: [string, { en: Catalogue; fr: Catalogue; es: Catalogue }][] = [
  ['react-admin', raMessages as unknown as { en: Catalogue; fr: Catalogue; es: Catalogue }],
  ...Object.entries(featureMessages),
];

const consoleSource = join(__dirname, '../../apps/admin/src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

/** Dotted literals that are not messages: the session's storage key. */
const notMessages = new Set(['greenchain.session']);

/** Every quoted `namespace.key` literal in the console whose namespace is one of the catalogues'. */
function keysNamedInSource(namespaces: ReadonlySet<string>): [string, string][] {
  return sourceFiles(consoleSource).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['"`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+)['"`]/g)]
      .map((match) => match[1] as string)
      .filter((key) => namespaces.has(key.split('.')[0] as string) && !notMessages.has(key))
      .map((key): [string, string] => [file.slice(consoleSource.length + 1), key]),
  );
}

describe('console translations', () => {
  it('has an English message for every key the console names literally', () => {
    const english = new Set(catalogues.flatMap(([, set]) => keys(set.en)));
    const namespaces = new Set([...english].map((key) => key.split('.')[0] as string));
    const named = keysNamedInSource(namespaces);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter(([, key]) => !english.has(key))).toEqual([]);
  });

  it.each(catalogues)('%s has every English key in French and Spanish, and no extra', (_, set) => {
    expect({ fr: missing(set.fr, set.en), es: missing(set.es, set.en) }).toEqual({
      fr: [],
      es: [],
    });
    expect({ fr: missing(set.en, set.fr), es: missing(set.en, set.es) }).toEqual({
      fr: [],
      es: [],
    });
  });

  it.each(catalogues)('%s has no empty message', (_, set) => {
    expect([set.en, set.fr, set.es].flatMap(empty)).toEqual([]);
  });

  it('gives every key to one catalogue only, so merging them overrides nothing', () => {
    const owners = new Map<string, string[]>();
    for (const [name, set] of catalogues) {
      for (const key of keys(set.en)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('finds a key missing from a catalogue, so a pass means something', () => {
    expect(missing({ a: { b: 'x' } }, { a: { b: 'x', c: 'y' } })).toEqual(['a.c']);
  });
});
