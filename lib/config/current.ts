// The process's configuration, parsed once and lazily so `next build` never needs runtime secrets.
import { parseConfig, type AppConfig } from './derived';

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}
