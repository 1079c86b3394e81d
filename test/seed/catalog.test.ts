import { DIALECTS, TestDatabase } from '../helpers/databases';
import { ensureCatalog, LAUNCH_DATES, priceId } from '../../models/seed';
import { snapshot } from './snapshot';

describe.each(DIALECTS)('ensureCatalog on $name', (dialect) => {
  let handle: TestDatabase;
  beforeEach(async () => {
    handle = await dialect.open();
  });
  afterEach(async () => {
    await handle.dispose();
  });

  it('writes the products, with Office 365 E3 not offered to self-service', async () => {
    await ensureCatalog(handle.db);
    const products = await handle.db.models.Product.findAll({ order: [['id', 'ASC']] });
    expect(products.map(({ id, name, selfServiceEligible }) => ({ id, name, selfServiceEligible }))).toEqual([
      { id: 'flow-per-user', name: 'Flow (per user)', selfServiceEligible: true },
      { id: 'office-365-e3', name: 'Office 365 E3', selfServiceEligible: false },
      { id: 'power-bi-pro', name: 'Power BI Pro', selfServiceEligible: true },
      { id: 'powerapps-per-user', name: 'PowerApps (per user)', selfServiceEligible: true },
    ]);
  });

  it('prices every product per market and channel, in integer minor units', async () => {
    await ensureCatalog(handle.db);
    const { Price } = handle.db.models;
    const us = await Price.findAll({ where: { market: 'US' }, raw: true });
    const byKey = Object.fromEntries(us.map((p) => [`${p.productId}/${p.channel}`, p.unitPriceMinor]));
    expect(byKey).toEqual({
      'power-bi-pro/self-service': 999,
      'power-bi-pro/central': 940,
      'powerapps-per-user/self-service': 4000,
      'powerapps-per-user/central': 3800,
      'flow-per-user/self-service': 1500,
      'flow-per-user/central': 1400,
      'office-365-e3/central': 2000,
    });
    expect(us.every((p) => p.currency === 'USD' && p.termMonths === 1)).toBe(true);

    const all = await Price.findAll({ raw: true });
    // 4 markets × (3 self-service products × 2 channels + Office 365 E3 central only)
    expect(all).toHaveLength(28);
    const currencies = Object.fromEntries(all.map((p) => [p.market, p.currency]));
    expect(currencies).toEqual({ US: 'USD', GB: 'GBP', CA: 'CAD', FR: 'EUR' });
    expect(all.every((p) => Number.isInteger(p.unitPriceMinor) && p.unitPriceMinor > 0)).toBe(true);
    expect(all.filter((p) => p.productId === 'office-365-e3' && p.channel === 'self-service')).toEqual([]);
    const gbPowerBi = await Price.findByPk(priceId('power-bi-pro', 'GB', 'self-service'));
    expect(gbPowerBi?.currency).toBe('GBP');
  });

  it('stores the launch dates: the FAQ dates in the US, later ones in 2020, none yet in France', async () => {
    await ensureCatalog(handle.db);
    const rows = await handle.db.models.Availability.findAll({ raw: true });
    const dates = Object.fromEntries(rows.map((a) => [`${a.market}/${a.productId}`, a.launchDate]));
    expect(dates['US/power-bi-pro']).toBe('2019-11-19');
    expect(dates['US/powerapps-per-user']).toBe('2019-12-04');
    expect(dates['US/flow-per-user']).toBe('2019-12-04');
    for (const market of ['GB', 'CA']) {
      for (const product of ['power-bi-pro', 'powerapps-per-user', 'flow-per-user']) {
        expect(dates[`${market}/${product}`]).toMatch(/^2020-\d\d-\d\d$/);
      }
    }
    expect(dates['FR/power-bi-pro']).toBeNull();
    expect(dates['FR/flow-per-user']).toBeNull();
    expect(rows.some((a) => a.productId === 'office-365-e3')).toBe(false);
    expect(rows).toHaveLength(12);
    expect(LAUNCH_DATES.US['power-bi-pro']).toBe('2019-11-19');
  });

  it('is idempotent: a second run writes nothing, not even a timestamp', async () => {
    await ensureCatalog(handle.db);
    const before = await snapshot(handle.db);
    await ensureCatalog(handle.db);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('puts back a changed price and a missing launch date, and leaves rows it does not list alone', async () => {
    await ensureCatalog(handle.db);
    const { Price, Availability, Product } = handle.db.models;
    await handle.db.write(async (transaction) => {
      await Price.update(
        { unitPriceMinor: 1 },
        { where: { id: priceId('power-bi-pro', 'US', 'self-service') }, transaction },
      );
      await Availability.destroy({ where: { productId: 'flow-per-user', market: 'GB' }, transaction });
      await Product.create(
        { id: 'visio-plan-2', name: 'Visio Plan 2', selfServiceEligible: false },
        { transaction },
      );
    });

    await ensureCatalog(handle.db);

    expect((await Price.findByPk(priceId('power-bi-pro', 'US', 'self-service')))?.unitPriceMinor).toBe(999);
    expect(await Availability.count()).toBe(12);
    expect(await Product.findByPk('visio-plan-2')).not.toBeNull();
    expect(await Price.count()).toBe(28);
  });

  it('survives concurrent starts', async () => {
    await Promise.all([ensureCatalog(handle.db), ensureCatalog(handle.db), ensureCatalog(handle.db)]);
    expect(await handle.db.models.Price.count()).toBe(28);
    expect(await handle.db.models.Product.count()).toBe(4);
  });
});
