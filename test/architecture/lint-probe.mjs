// Lints in-memory variants of real files with the project's ESLint config, in one process so the
// TypeScript project service loads once. Input on stdin: [{ file, text }]; output: rule ids per case.
import { ESLint } from 'eslint';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { file, text } of cases) {
  const [result] = await eslint.lintText(text, { filePath: file });
  results.push((result?.messages ?? []).map((message) => message.ruleId));
}
process.stdout.write(JSON.stringify(results));
