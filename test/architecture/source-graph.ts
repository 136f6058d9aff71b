import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** An import from one folder of the repository into another, with a file that makes it. */
export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

const importSpecifier = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)'([^']+)'/gm;

/** The libraries and apps, each a folder whose sources live under src. */
const folderOf = (path: string): string | undefined => {
  const [top, name] = path.split(/[\\/]/);
  return (top === 'libs' || top === 'apps') && name ? `${top}/${name}` : undefined;
};

/** Where an import lands, as a path from the root; undefined for packages and Node modules. */
function target(root: string, file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.'))
    return relative(root, resolve(dirname(join(root, file)), specifier));
  const alias = /^@greenchain\/([a-z-]+)(\/.*)?$/.exec(specifier);
  if (!alias) return undefined;
  return alias[1] === 'test' ? `test${alias[2] ?? ''}` : `libs/${alias[1]}/src${alias[2] ?? ''}`;
}

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every import of a file of apps/* or libs/* into another app or library. */
export function folderEdges(root: string): FolderEdge[] {
  const folders = ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(root, top), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${top}/${entry.name}`),
  );
  return folders.flatMap((folder) =>
    sourceFiles(root, folder).flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(importSpecifier)].flatMap(
        ([, specifier]) => {
          const to = folderOf(target(root, file, specifier ?? '') ?? '');
          return to && to !== folder ? [{ from: folder, to, file }] : [];
        },
      ),
    ),
  );
}

/** Groups of folders that import each other, directly or round about (Tarjan's algorithm). */
export function cycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) visit(to);
      if (stack.includes(to)) low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      group.push(member);
      if (member === node) break;
    }
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}
