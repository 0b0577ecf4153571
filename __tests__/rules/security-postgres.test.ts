/**
 * The security rules against a real PostgreSQL 15 with the Supabase stand-in (roles, default privileges): what each
 * finding claims is what the database shows, and its fix, run as a new migration, is what ends it.
 *
 * Starts a private server (see helpers/postgres.ts). Skipped when no PostgreSQL server programs are installed,
 * unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { describeWithPostgres, type Postgres } from '../helpers/postgres.js';
import { analysis, MIGRATION as MIG } from './engine.js';

interface Case {
  rule: string;
  sql: string;
  /** A query whose single value is `t` while the problem the rule reports is there, `f` once it is gone. */
  problem: string;
}

const ORDERS = `create table public.orders (id int, owner text);
insert into public.orders values (1, 'a'), (2, 'b');
alter table public.orders enable row level security;
create policy "a's orders" on public.orders for select to anon, authenticated using (owner = 'a');`;
/** Whether anon sees more rows through `relation` than its policies on public.orders allow (one). */
const anonSeesAll = (relation: string) => `set role anon; select count(*) > 1 from ${relation}`;

const cases: Case[] = [
  { rule: 'security-definer-view', sql: `${ORDERS}\ncreate view public.all_orders as select * from public.orders;`, problem: anonSeesAll('public.all_orders') },
  {
    rule: 'security-definer-view',
    sql: `${ORDERS}\ncreate view public.all_orders with (security_invoker = true) as select * from public.orders;\ncreate or replace view public.all_orders as select * from public.orders;`,
    problem: anonSeesAll('public.all_orders'),
  },
  {
    rule: 'rpc-security-definer',
    sql: "create function public.f(a int) returns int language sql security definer set search_path = '' as 'select 1';\nrevoke execute on function public.f(int) from public;",
    problem: "select has_function_privilege('anon', 'public.f(integer)', 'execute') or has_function_privilege('authenticated', 'public.f(integer)', 'execute')",
  },
  {
    rule: 'security-definer-search-path',
    sql: "create function public.f(a int) returns int language sql security definer as 'select 1';",
    problem: "select not coalesce(proconfig::text like '%search_path=%', false) from pg_proc where oid = 'public.f(integer)'::regprocedure",
  },
  {
    rule: 'materialized-view-in-api',
    sql: `${ORDERS}\ncreate materialized view public.order_owners as select owner from public.orders;`,
    problem: "select has_table_privilege('anon', 'public.order_owners', 'select') or has_table_privilege('authenticated', 'public.order_owners', 'select')",
  },
  {
    rule: 'foreign-table-in-api',
    sql: 'create extension if not exists postgres_fdw;\ncreate server remote foreign data wrapper postgres_fdw;\ncreate foreign table public.remote_rows (id int) server remote;',
    problem: "select has_table_privilege('anon', 'public.remote_rows', 'select') or has_table_privilege('authenticated', 'public.remote_rows', 'select')",
  },
  {
    rule: 'rls-disabled-with-policy',
    sql: `${ORDERS}\nalter table public.orders disable row level security;`,
    problem: anonSeesAll('public.orders'),
  },
];

/** Supabase's default privileges in public (as src/verify/stand-in.ts sets them), which the test stand-in leaves out. */
const DEFAULT_PRIVILEGES = `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;`;

/** The single value of the last statement of `sql`, in one session. */
function value(pg: Postgres, db: string, sql: string): string {
  const rows = pg.rows(db, sql);
  return rows[rows.length - 1]!;
}

describeWithPostgres('the security rules on PostgreSQL 15', (pg) => {
  let seq = 0;

  test.each(cases.map((c, i) => [`${c.rule} #${i + 1}`, c] as const))('%s: the problem is there, and the fix ends it', async (_name, c) => {
    const findings = (await analysis({ [MIG]: c.sql })).findings.filter((f) => f.rule === c.rule);
    expect(findings).toHaveLength(1);
    const db = `security_${++seq}`;
    pg.createDb(db, DEFAULT_PRIVILEGES);
    try {
      const run = pg.run(db, c.sql);
      if (!run.ok) throw new Error(`the migration fails on PostgreSQL: ${run.error}`);
      expect(value(pg, db, c.problem)).toBe('t');
      const fix = pg.run(db, findings[0]!.fix!);
      if (!fix.ok) throw new Error(`the fix fails on PostgreSQL: ${fix.error}`);
      expect(value(pg, db, c.problem)).toBe('f');
      // A new migration runs again on the next deploy of a fresh branch; the fix must too.
      expect(pg.run(db, findings[0]!.fix!).ok).toBe(true);
    } finally {
      pg.dropDb(db);
    }
  });

  test('policy-always-true: a client updates rows that are not its own', async () => {
    const sql = `${ORDERS}\ncreate policy "anyone updates" on public.orders for update to authenticated using (true);`;
    expect((await analysis({ [MIG]: sql })).findings.filter((f) => f.rule === 'policy-always-true').map((f) => f.line)).toEqual([5]);
    const db = `security_${++seq}`;
    pg.createDb(db, DEFAULT_PRIVILEGES);
    try {
      expect(pg.run(db, sql).ok).toBe(true);
      // The select policy shows authenticated only a's row; the update policy lets it change b's as well.
      expect(value(pg, db, "set role authenticated; update public.orders set owner = 'z'; reset role; select count(*) from public.orders where owner = 'z'")).toBe('2');
    } finally {
      pg.dropDb(db);
    }
  });
});
