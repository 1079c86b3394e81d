import { QueryInterface } from 'sequelize';
import type { MigrationFn } from 'umzug';

// One renewal bill per subscription and period, whatever code path writes it (the billing service
// already checks under a row lock; this makes the database refuse a second one too).
export const up: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  await qi.addIndex('bills', ['subscriptionId', 'periodStart'], {
    name: 'bills_one_renewal_per_period',
    unique: true,
    where: { kind: 'renewal' },
  });
};

export const down: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  await qi.removeIndex('bills', 'bills_one_renewal_per_period');
};
