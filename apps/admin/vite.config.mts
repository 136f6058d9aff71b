import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const contracts = fileURLToPath(new URL('../../libs/contracts/src', import.meta.url));

/** Server libraries (spreadsheets, PDFs, Node built-ins) have no place in the console. */
const serverOnly = /^(exceljs|pdfkit|node:)/;

function refuseServerOnlyModules(): Plugin {
  return {
    name: 'greenchain:refuse-server-only-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (serverOnly.test(source) && importer && !importer.includes('/node_modules/')) {
        this.error(
          `${source} is server-only and must not be imported by the console (${importer})`,
        );
      }
      return null;
    },
  };
}

/**
 * Writes a gzip and a brotli copy next to each script and style; the API serves them to browsers
 * that accept them (apps/api/src/console), so a slow link carries about a third of the bytes.
 */
function precompressAssets(): Plugin {
  return {
    name: 'greenchain:precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name))) {
        const path = join(options.dir ?? '', file);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(content));
      }
    },
  };
}

const inPackages = (...names: string[]) =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${names.join('|')})[\\\\/]`);

/**
 * Vendors in chunks of their own, so a release that changes only the console's code leaves them
 * cached at the border post. Earlier groups take shared dependencies first, so the charts chunk holds
 * only what the charts alone use and loads with the pages that draw them, never at login.
 */
const vendorChunks = [
  {
    name: 'react',
    test: inPackages('react', 'react-dom', 'scheduler', 'react-router', 'react-router-dom'),
    priority: 40,
  },
  { name: 'mui', test: inPackages('@mui', '@emotion'), priority: 30 },
  {
    name: 'react-admin',
    test: inPackages('react-admin', 'ra-[a-z-]+', '@tanstack', 'react-hook-form'),
    priority: 20,
  },
  { name: 'charts', test: inPackages('recharts', 'd3-[a-z-]+', 'victory-vendor'), priority: 10 },
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [refuseServerOnlyModules(), react(), precompressAssets()],
  resolve: { alias: { '@greenchain/contracts': contracts } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
