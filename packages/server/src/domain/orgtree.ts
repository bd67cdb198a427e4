/** The organisation tree in memory: subtrees for visibility, kinds for placement rules. */
import type { OrgKind } from '@jixiao/core';

export interface Org {
  id: number;
  name: string;
  kind: OrgKind;
  parentId: number | null;
}

/** An immutable snapshot of all organisations. */
export class OrgTree {
  readonly byId = new Map<number, Org>();
  private readonly children = new Map<number, number[]>();

  constructor(orgs: Org[]) {
    for (const o of orgs) {
      this.byId.set(o.id, o);
      if (o.parentId !== null) {
        const list = this.children.get(o.parentId) ?? [];
        list.push(o.id);
        this.children.set(o.parentId, list);
      }
    }
  }

  get(id: number): Org | undefined {
    return this.byId.get(id);
  }

  /** The organisation and everything under it. */
  subtree(id: number): Set<number> {
    const out = new Set<number>();
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      if (out.has(cur) || !this.byId.has(cur)) continue;
      out.add(cur);
      stack.push(...(this.children.get(cur) ?? []));
    }
    return out;
  }

  all(): Org[] {
    return [...this.byId.values()];
  }
}
