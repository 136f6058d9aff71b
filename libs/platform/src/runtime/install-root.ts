import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder Greenchain is installed in: the nearest one above this file holding package.json. The
 * same whether the code runs from its sources (tests) or from dist/, and whatever the working
 * directory of the process, so files shipped with the code (the console build, the embedded
 * database's default folder) are found from wherever the server was started.
 */
export const installRoot = findInstallRoot(__dirname);

function findInstallRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
  }
}
