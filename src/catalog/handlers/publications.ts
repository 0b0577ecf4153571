/** Publications and the tables they carry (Supabase Realtime's `supabase_realtime` among them). */
import { unwrap } from '../../parse/ast.js';
import type { Handlers } from '../execution.js';
import { duplicateObject, undefinedObject } from '../failure.js';
import type { Members } from '../model.js';
import { Registry } from '../registry.js';

export const publicationHandlers: Handlers = {
  CreatePublicationStmt(v, x) {
    const name = v.pubname ?? '';
    const publications = x.catalog.publications;
    if (publications.has(name)) x.fails(duplicateObject(`publication "${name}" already exists`));
    else publications.add(name, Registry.of());
  },

  AlterPublicationStmt(v, x) {
    const catalog = x.catalog;
    const name = v.pubname ?? '';
    // Shared with forks, so changed only on a copy.
    const members: Members = catalog.publications.get(name)?.clone() ?? Registry.of();
    if (v.action === 'AP_SetObjects') for (const key of [...members.keys()]) members.forget(key);
    for (const o of v.pubobjects ?? []) {
      const rel = unwrap(o, 'PublicationObjSpec')?.pubtable?.relation;
      if (!rel) continue;
      const key = catalog.relKey(rel);
      if (v.action === 'AP_DropObjects') {
        if (members.removed(key)) x.fails(undefinedObject(`relation "${rel.relname}" is not part of the publication`));
        members.remove(key);
      } else {
        if (v.action === 'AP_AddObjects' && members.has(key)) x.fails(duplicateObject(`relation "${rel.relname}" is already member of publication "${name}"`));
        members.add(key, true);
      }
    }
    catalog.publications.add(name, members);
  },
};
