import type { NodeKind, NodeOf } from '../parse/ast.js';
import type { Loc, Statement } from '../types.js';
import type { Catalog } from './catalog.js';
import type { Failure } from './failure.js';

/**
 * One statement being applied to the catalog. A strict run is a re-run: what PostgreSQL raises counts, and the
 * first failure is the statement's. A lenient run (a file's first run, or a guarded statement) cannot have failed,
 * so CREATE acts as IF NOT EXISTS and DROP as IF EXISTS: the state changes and nothing is raised.
 */
export class Execution {
  readonly at: Loc;
  failure: Failure | undefined;

  constructor(readonly catalog: Catalog, readonly stmt: Statement, readonly lenient: boolean) {
    this.at = { file: stmt.file, line: stmt.line };
  }

  /**
   * PostgreSQL raises `failure` here. A strict run records it (when it is the first) and answers true: the
   * statement stops. A lenient run answers false and goes on.
   */
  fails(failure: Failure | undefined): boolean {
    if (failure === undefined || this.lenient) return false;
    this.failure ??= failure;
    return true;
  }
}

/** What one kind of statement does to the catalog. */
export type Handler<K extends NodeKind> = (node: NodeOf<K>, x: Execution) => void;

/** A statement family's handlers, by node kind. */
export type Handlers = { [K in NodeKind]?: Handler<K> };
