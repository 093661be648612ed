/** Row groups as a tree: which rows a group (and the groups under it) holds. */
import type { GroupDef, RowDef } from './types.ts';

function isUnder(groups: readonly GroupDef[], group: string | undefined, root: string): boolean {
  for (let id = group, depth = 0; id !== undefined && depth <= groups.length; depth++) {
    if (id === root) return true;
    id = groups.find((g) => g.id === id)?.parent;
  }
  return false;
}

/** Ids of the rows in group `root` or any group below it, in row order. */
export function rowsUnder<R extends RowDef>(rows: readonly R[], groups: readonly GroupDef[], root: string): R['id'][] {
  return rows.filter((row) => isUnder(groups, row.group, root)).map((row) => row.id);
}
