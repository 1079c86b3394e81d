import { DIALECTS } from '../helpers/databases';

describe.each(DIALECTS)('migrations on $name', (dialect) => {
  it('creates every table, and a second run applies nothing', async () => {
    const handle = await dialect.open();
    try {
      const tables = (await handle.db.sequelize.getQueryInterface().showAllTables()).map(String);
      expect(tables).toEqual(
        expect.arrayContaining(['tenants', 'subscriptions', 'licence_assignments', 'audit_log']),
      );
      expect(await handle.db.migrate()).toEqual([]);
      expect(await handle.db.ping()).toBe(true);
    } finally {
      await handle.dispose();
    }
  });
});
