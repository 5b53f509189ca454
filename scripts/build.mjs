// npm run build: the production build, stamped with the hash of its sources so that `npm start` (and the
// Docker image) does not build again. The end-to-end tests build through the same buildNow().
// `--if-stale` builds only when the stamp does not match the sources (npm test starts it early, beside
// the integration tests, so the end-to-end run finds the build ready).
import { buildIfStale, buildNow } from './lib.mjs';

if (process.argv.includes('--if-stale')) await buildIfStale();
else await buildNow();
