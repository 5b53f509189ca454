import 'server-only';
import { loadDocuments, type TDocument } from './structured-data';

// Where a document of content/data/documents.json is downloaded (public) or requested (gated). The
// document library feature owns those pages; content only ever links through this function.
export function documentHref(doc: Pick<TDocument, 'id'>): string {
  return `/documents/${encodeURIComponent(doc.id)}`;
}

export function findDocument(id: string): TDocument | undefined {
  return loadDocuments().find((d) => d.id === id);
}
