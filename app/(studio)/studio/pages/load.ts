import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** Another organization's or a deleted page/review/revision (NOT_FOUND), or a malformed id: the 404 page. */
export async function pageOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'VALIDATION')) notFound();
    throw err;
  }
}
