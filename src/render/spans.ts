/** Where each cell of a spanned export table sits (the same resolution the printed grid uses). */
import { spanSlots, type Slot } from '../report/index.ts';
import type { ModelCell, ModelRow } from './model.ts';

export type { Slot };

export function slots(rows: readonly ModelRow[], columns: number): Slot<ModelCell>[][] {
  return spanSlots(rows, columns);
}
