// npm test: everything a change must pass, in the order that fails fastest.
import { npx, runOrExit } from './lib.mjs';

const started = Date.now();
await runOrExit('Lint', npx('eslint'), ['--max-warnings=0', '.']);
await runOrExit('Format', npx('prettier'), ['--check', '--log-level=warn', '.']);
await runOrExit('Typecheck', npx('tsc'), ['--noEmit']);
await runOrExit('Unit tests', npx('vitest'), ['run', '--project', 'unit']);
await runOrExit('Integration tests', npx('vitest'), ['run', '--project', 'integration']);
await runOrExit('End-to-end tests', process.execPath, ['scripts/e2e.mjs']);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
