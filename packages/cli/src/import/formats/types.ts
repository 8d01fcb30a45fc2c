import type { DateOrder } from '../dates.js';
import type { MapContext, Mapped } from '../record.js';
import type { Row } from '../values.js';

export const READERS = ['csv', 'json', 'jsonl', 'xml'] as const;
export type ReaderKind = (typeof READERS)[number];

/** One way a platform's data arrives: a CSV export, an API's JSON, JSON Lines or XML. */
export interface FormatVariant {
  reader: ReaderKind;
  /** JSON only: where the records are inside the document (an API page, a GraphQL answer). */
  records?: (document: unknown) => readonly Row[] | undefined;
  map(row: Row, context: MapContext): Mapped | readonly Mapped[];
  /** The header of the platform's file, verbatim, for the README and the fixture. */
  header?: readonly string[];
  /** Whether the header or field names were read in the vendor's own documentation (see the research notes). */
  verified: boolean;
  /** The date order the format declares (Judge.me's CSV template is day-first). */
  dateOrder?: DateOrder;
}

export interface ImportFormat {
  name: string;
  /** Variants by file extension; the first is used for stdin. */
  variants: Partial<Record<ReaderKind, FormatVariant>>;
}

/** `{ reviews: [...] }`, `{ data: [...] }` or a bare array: the shapes paged review APIs answer with. */
export function listAt(...paths: string[]): (document: unknown) => readonly Row[] | undefined {
  return (document) => {
    if (Array.isArray(document)) return document as Row[];
    for (const path of paths) {
      let current: unknown = document;
      for (const key of path.split('.'))
        current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(current)) return current as Row[];
    }
    return undefined;
  };
}
