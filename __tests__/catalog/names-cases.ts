/**
 * Names PostgreSQL makes up for what a migration leaves unnamed, shared by the engine's table test (names.test.ts)
 * and its check against a real PostgreSQL 15 (names-postgres.test.ts): every relation (table, index, sequence) and
 * every constraint of schema public, as `pg_class` and `pg_constraint` list them after the migration.
 */

export interface NamesCase {
  name: string;
  sql: string;
  /** Relation names of schema public, sorted. */
  relations: string[];
  /** Constraint names of schema public, sorted. */
  constraints: string[];
}

const a70 = 'a'.repeat(70);
const a63 = 'a'.repeat(63);
const e35 = 'é'.repeat(35);
const e31 = 'é'.repeat(31);
const long = (c: string) => c.repeat(40);

export const namesCases: NamesCase[] = [
  {
    name: 'a table name over 63 bytes: cut, and its constraints cut to make room for their labels',
    sql: `create table ${a70} (id int primary key, ${'b'.repeat(70)} int unique, c int unique, d int references ${a70} (id), check (c > 0), e serial);\ncreate index on ${a70} (c, d);\nalter table ${a70} add unique (c);`,
    relations: [
      a63,
      `${'a'.repeat(29)}_${'b'.repeat(29)}_key`,
      `${'a'.repeat(55)}_c_d_idx`,
      `${'a'.repeat(56)}_c_key1`,
      `${'a'.repeat(57)}_c_key`,
      `${'a'.repeat(57)}_e_seq`,
      `${'a'.repeat(58)}_pkey`,
    ].sort(),
    constraints: [
      `${'a'.repeat(55)}_c_check`,
      `${'a'.repeat(58)}_pkey`,
      `${'a'.repeat(29)}_${'b'.repeat(29)}_key`,
      `${'a'.repeat(57)}_c_key`,
      `${'a'.repeat(56)}_d_fkey`,
      `${'a'.repeat(56)}_c_key1`,
    ].sort(),
  },
  {
    name: 'multi-byte characters are never split',
    sql: `create table "${e35}" (id int primary key, x int unique);`,
    relations: [e31, `${'é'.repeat(29)}_pkey`, `${'é'.repeat(28)}_x_key`].sort(),
    constraints: [`${'é'.repeat(29)}_pkey`, `${'é'.repeat(28)}_x_key`].sort(),
  },
  {
    name: 'expression indexes, CHECKs over one column, several or none, and numbered clashes',
    sql: [
      'create table tt (id int, a int, b int, name text);',
      'create index on tt (lower(name));',
      'create index on tt ((a + b));',
      'create index on tt (lower(name), upper(name));',
      'create index on tt (lower(name), lower(name));',
      'create index on tt (a, (a + 1), (a + 2));',
      'create unique index on tt (a);',
      'alter table tt add constraint tt_b_check check (b > 0);',
      'alter table tt add check (b > 1);',
      'alter table tt add check (a > 1 and b > 1);',
      'alter table tt add check (true);',
      'alter table tt add unique (a, b);',
      'alter table tt add foreign key (a, b) references tt (a, b);',
      'alter table tt add exclude (a with =);',
    ].join('\n'),
    relations: ['tt', 'tt_a_b_key', 'tt_a_excl', 'tt_a_expr_expr1_idx', 'tt_a_idx', 'tt_expr_idx', 'tt_lower_idx', 'tt_lower_lower1_idx', 'tt_lower_upper_idx'].sort(),
    constraints: ['tt_a_b_fkey', 'tt_a_b_key', 'tt_a_excl', 'tt_b_check', 'tt_b_check1', 'tt_check', 'tt_check1'].sort(),
  },
  {
    name: 'column constraints, an identity and a bigserial',
    sql: 'create table tt2 (x int check (x > 0), y int, check (y > x), z int generated always as identity unique, w bigserial, v int references tt2 (z));',
    relations: ['tt2', 'tt2_w_seq', 'tt2_z_key', 'tt2_z_seq'],
    constraints: ['tt2_check', 'tt2_v_fkey', 'tt2_x_check', 'tt2_z_key'].sort(),
  },
  {
    name: 'long column names: the column part is cut too',
    sql: `create table t3 (${long('p')} int, ${long('q')} int, unique (${long('p')}, ${long('q')}));\ncreate index on t3 (${long('q')}, ${long('p')});`,
    relations: ['t3', `t3_${long('p')}_${'q'.repeat(15)}_key`, `t3_${long('q')}_${'p'.repeat(15)}_idx`].sort(),
    constraints: [`t3_${long('p')}_${'q'.repeat(15)}_key`],
  },
];
