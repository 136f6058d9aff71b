// Lets a child process of a test run the TypeScript sources as jest does: swc compiles each .ts
// file to CommonJS on require, and @greenchain/<lib> resolves to libs/<lib>/src.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join, resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const root = resolve(__dirname, '../../../..');
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function resolveGreenchain(request, ...rest) {
  const library = /^@greenchain\/([a-z-]+)$/.exec(request);
  const target = library ? join(root, 'libs', library[1], 'src') : request;
  return resolveFilename.call(this, target, ...rest);
};

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
