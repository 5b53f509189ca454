// npm run build: the production build, stamped with the hash of its sources so that `npm start` (and the
// Docker image) does not build again. The end-to-end tests build through the same buildNow().
import { buildNow } from './lib.mjs';

await buildNow();
