import { join } from 'node:path';
import { cycles, folderEdges, type FolderEdge } from './source-graph';

const root = join(__dirname, '../..');

/** Specs, their fixtures and support files: code that no app runs. */
const isTestCode = (file: string) =>
  /\.(spec|int-spec|e2e-spec|browser-spec)\.tsx?$/.test(file) ||
  /\/(test-support|fixtures)\//.test(file);

/**
 * libs/testing is the harness every library's tests use, above all of them: its imports of a
 * library and a library's tests importing it are no cycle. Anything else is.
 */
const layered = (edges: readonly FolderEdge[]) =>
  edges.filter(({ to, file }) => !(to === 'libs/testing' && isTestCode(file)));

const edge = (from: string, to: string): FolderEdge => ({ from, to, file: `${from}/src/a.ts` });

describe('folder layers', () => {
  const edges = folderEdges(root);

  it('finds a cycle when two folders import each other, directly or through a third', () => {
    const twoWay = [edge('libs/a', 'libs/b'), edge('libs/b', 'libs/a')];
    const roundAbout = [
      edge('libs/a', 'libs/b'),
      edge('libs/b', 'libs/c'),
      edge('libs/c', 'libs/a'),
    ];
    expect(cycles(twoWay)).toEqual([['libs/a', 'libs/b']]);
    expect(cycles(roundAbout)).toEqual([['libs/a', 'libs/b', 'libs/c']]);
    expect(cycles([edge('libs/a', 'libs/b'), edge('libs/a', 'libs/c')])).toEqual([]);
  });

  it('reads imports by alias and by relative path', () => {
    const pairs = new Set(edges.map(({ from, to }) => `${from} -> ${to}`));
    expect(pairs).toContain('libs/platform -> libs/read-models');
    expect(pairs).toContain('apps/api -> apps/worker');
  });

  it('has no cycle between the apps and libraries, tests included', () => {
    const found = cycles(layered(edges)).map((group) => ({
      group,
      imports: edges
        .filter(({ from, to }) => group.includes(from) && group.includes(to))
        .map(({ from, to, file }) => `${from} -> ${to} (${file})`),
    }));
    expect(found).toEqual([]);
  });

  it('has no production code import the test harness', () => {
    const harnessUsers = edges.filter(({ to, file }) => to === 'libs/testing' && !isTestCode(file));
    expect(harnessUsers).toEqual([]);
  });
});
