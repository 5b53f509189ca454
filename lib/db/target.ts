import type { AppConfig } from '@/lib/config';

/** Which database to talk to: the same shape lib/config/derived.ts derives from DATABASE_URL / DATA_DIR. */
export type DatabaseTarget = AppConfig['database'];
