import type { NodeKind, NodeOf } from '../parse/ast.js';
import type { Loc, Statement } from '../types.js';
import type { Catalog } from './catalog.js';
import type { Failure } from './failure.js';

/**
 * One statement being applied to the catalog. A strict run raises what PostgreSQL raises, and the first failure is
 * the statement's: a re-run, or a first run tried before it is applied (`firstRun`: then a relation the migrations
 * never created is missing too, where the catalog can know). A lenient run (a guarded statement, or one whose
 * failure the catalog cannot be sure of) is taken to have succeeded, so CREATE acts as IF NOT EXISTS and DROP as
 * IF EXISTS: the state changes and nothing is raised.
 */
export class Execution {
  readonly at: Loc;
  failure: Failure | undefined;

  constructor(readonly catalog: Catalog, readonly stmt: Statement, readonly lenient: boolean, readonly firstRun = false) {
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
