import fs from 'node:fs';

/** Debian's Chromium (apt-get install -y chromium) or CHROMIUM_PATH; never a downloaded browser. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
