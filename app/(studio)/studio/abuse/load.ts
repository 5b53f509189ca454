import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** A customer organization's staff (FORBIDDEN) get the 403 page; an unknown or malformed report id the 404 page. */
export async function loadOrRefuse<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') forbidden();
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'VALIDATION')) notFound();
    throw err;
  }
}
