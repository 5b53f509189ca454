import { loadSections, type TSection } from '@/lib/content/structured-data';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';

export { locateFile, pageFileFor, routeFor } from './page-layout';

/** The trust center's sections (content/data/sections.json), validated and cached. */
export function studioSections(): TSection[] {
  return loadSections();
}

export function sectionOf(key: string): TSection {
  const section = studioSections().find((s) => s.key === key);
  if (!section)
    throw new AppError('VALIDATION', undefined, { section: [fieldMessage('SECTION_UNKNOWN', { section: key })] });
  return section;
}
