import { columnDrift } from '../../src/catalog/prisma-match.js';
import type { PrismaModel, PrismaSchema, TableInfo } from '../../src/types.js';
import { collected } from '../helpers/collected.js';

const table = { schema: 'public', name: 'orders', columns: [{ name: 'id', type: 'uuid', notNull: true }, { name: 'note', type: 'text', notNull: false }], uncertain: false } as TableInfo;
const model = (name: string) => ({ name, table: 'orders', schema: 'public', fields: [{ name: 'id', column: 'id', type: 'String', nativeType: 'Uuid', optional: false, list: false }] }) as unknown as PrismaModel;
const schemaOf = (m: PrismaModel): Pick<PrismaSchema, 'models' | 'enums'> => ({ models: [m], enums: [] });

describe('columnDrift', () => {
  test('compares the model with the table, and gives the same comparison again for the same schema', () => {
    const m = model('Order');
    const schema = schemaOf(m);
    const first = columnDrift(table, m, schema, new Set());
    expect(first).toEqual({ onlyInModel: [], onlyInTable: ['note'], otherType: [], uncertain: false });
    expect(columnDrift(table, m, schema, new Set())).toBe(first);
  });

  test('what it remembers of a comparison with a trial schema goes with that schema, though the table stays', async () => {
    let trial: Pick<PrismaSchema, 'models' | 'enums'> | undefined = schemaOf(model('Trial'));
    const held = new WeakRef(trial);
    columnDrift(table, trial.models[0]!, trial, new Set());
    trial = undefined;
    expect(await collected(held)).toBe(true);
  });
});
