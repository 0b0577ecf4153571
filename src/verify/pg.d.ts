// The part of node-postgres (`pg`, which ships no types) that the URL mode uses.
declare module 'pg' {
  interface ClientConfig {
    connectionString?: string;
    statement_timeout?: number;
    connectionTimeoutMillis?: number;
    application_name?: string;
  }
  export class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query<R = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
    end(): Promise<void>;
    on(event: 'error', listener: (e: Error) => void): this;
    on(event: 'notice', listener: (notice: unknown) => void): this;
  }
  const pg: { Client: typeof Client };
  export default pg;
}
