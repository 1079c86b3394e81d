import type { Model, ModelStatic } from 'sequelize';
import type { Clock } from '../../commerce/clock';
import type { Database } from '../../models/database';

function tables(db: Database): [string, ModelStatic<Model>][] {
  return Object.entries(db.models as Record<string, ModelStatic<Model>>);
}

/** Every row of every table, in a stable order: equal snapshots mean nothing was written. */
export async function snapshot(db: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const [name, model] of tables(db)) {
    const rows = await model.findAll({ raw: true });
    result[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

export async function counts(db: Database): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, model] of tables(db)) result[name] = await model.count();
  return result;
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
