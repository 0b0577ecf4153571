import { qualified } from '../parse/ast.js';

/** How a REVOKE names a role: PUBLIC is a keyword, the rest are identifiers. */
function roleName(role: string): string {
  return role === 'public' ? 'PUBLIC' : role;
}

/** `REVOKE <privilege> ON <relation> FROM` the client roles that hold it; `relation` is `schema.name`. */
export function revokeFromClients(privilege: 'SELECT' | 'ALL', relation: string, clients: string[]): string {
  return `REVOKE ${privilege} ON ${qualified(relation)} FROM ${clients.map(roleName).join(', ')};`;
}
