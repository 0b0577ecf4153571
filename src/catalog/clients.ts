/** The roles a request to the API runs as: PUBLIC (every role), anon and authenticated. */
export const CLIENT_ROLES: ReadonlySet<string> = new Set(['public', 'anon', 'authenticated']);

/** Whether a client of the API holds the privilege the object's `clients` record; not when unknown (dynamic SQL may have revoked it). */
export function reachableByClients<T extends { clients?: string[] }>(object: T): object is T & { clients: string[] } {
  return object.clients !== undefined && object.clients.length > 0;
}
