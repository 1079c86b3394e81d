import {
  MemoryStorage,
  TestAdapter,
  TurnContext,
  type Activity,
  type Storage,
  type StoreItem,
} from 'botbuilder';
import { DatabaseStorage, MAX_STORED_KEY_LENGTH, StateConflictError } from '../../bot/state/database-storage';
import { OptimisticConversationState } from '../../bot/state/optimistic-state';
import { DIALECTS, TestDatabase } from '../helpers/databases';

describe.each(DIALECTS)('DatabaseStorage on $name', (dialect) => {
  let handle: TestDatabase;
  let storage: DatabaseStorage;

  beforeAll(async () => {
    handle = await dialect.open();
    storage = new DatabaseStorage(handle.db);
  });
  afterAll(() => handle.dispose());

  test('reading unknown keys gives nothing', async () => {
    expect(await storage.read(['unknown'])).toEqual({});
    expect(await storage.read([])).toEqual({});
  });

  test('creates items and reads them back with an eTag', async () => {
    await storage.write({ create1: { id: 1 }, create2: { id: 2, nested: { list: ['a', 'é'] } } });
    const items = await storage.read(['create1', 'create2', 'missing']);
    expect(items.create1).toEqual({ id: 1, eTag: expect.any(String) });
    expect(items.create2).toMatchObject({ id: 2, nested: { list: ['a', 'é'] } });
    expect(items).not.toHaveProperty('missing');
    expect(items.create1.eTag).not.toEqual(items.create2.eTag);
  });

  test('an update with the current eTag succeeds and changes the eTag; a stale eTag fails and writes nothing', async () => {
    await storage.write({ update: { count: 1 } });
    const first = (await storage.read(['update'])).update;
    await storage.write({ update: { ...first, count: 2 } });
    const second = (await storage.read(['update'])).update;
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);

    await expect(storage.write({ update: { ...first, count: 99 } })).rejects.toBeInstanceOf(
      StateConflictError,
    );
    expect((await storage.read(['update'])).update).toEqual(second);
  });

  test("'*' and a missing eTag overwrite whatever is stored", async () => {
    await storage.write({ wildcard: { v: 1 } });
    await storage.write({ wildcard: { v: 2, eTag: '*' } });
    expect((await storage.read(['wildcard'])).wildcard.v).toBe(2);
    await storage.write({ wildcard: { v: 3 } });
    expect((await storage.read(['wildcard'])).wildcard.v).toBe(3);
  });

  test('a written item gets its new eTag, so the holder can write it again', async () => {
    const item: StoreItem = { v: 1, eTag: '*' };
    await storage.write({ holder: item });
    const stored = (await storage.read(['holder'])).holder;
    expect(item.eTag).toBe(stored.eTag);
    item.v = 2;
    await storage.write({ holder: item });
    expect((await storage.read(['holder'])).holder.v).toBe(2);
  });

  test('of two writers holding the same eTag, exactly one wins', async () => {
    await storage.write({ race: { n: 0 } });
    const read = (await storage.read(['race'])).race;
    const results = await Promise.allSettled([1, 2, 3].map((n) => storage.write({ race: { ...read, n } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .forEach((r) => expect(r.reason).toBeInstanceOf(StateConflictError));
  });

  test('deletes items, and deleting unknown keys is fine', async () => {
    await storage.write({ del1: { a: 1 }, del2: { a: 2 } });
    await storage.delete(['del1', 'unknown']);
    expect(Object.keys(await storage.read(['del1', 'del2']))).toEqual(['del2']);
  });

  test('keys of any length and characters', async () => {
    const long = `msteams/conversations/${'a:1bJdXrk9NLX'.repeat(60)}/`;
    expect(long.length).toBeGreaterThan(MAX_STORED_KEY_LENGTH);
    const odd = '!@#$%^&*()~/\\><,.?\';"`~ ü 😀';
    await storage.write({ [long]: { l: true }, [odd]: { o: true } });
    const items = await storage.read([long, odd]);
    expect(items[long]).toMatchObject({ l: true });
    expect(items[odd]).toMatchObject({ o: true });
    await storage.delete([long]);
    expect(await storage.read([long])).toEqual({});
  });

  test('behaves like MemoryStorage for the same sequence of operations', async () => {
    const run = async (s: Storage) => {
      const log: unknown[] = [];
      await s.write({ seq: { a: 1 } });
      const one = (await s.read(['seq'])).seq;
      await s.write({ seq: { ...one, a: 2 } });
      log.push(
        await s.write({ seq: { ...one, a: 3 } }).then(
          () => 'ok',
          () => 'conflict',
        ),
      );
      log.push(
        await s.write({ seq: { a: 4, eTag: '*' } }).then(
          () => 'ok',
          () => 'conflict',
        ),
      );
      const stored = { ...(await s.read(['seq'])).seq };
      delete stored.eTag;
      log.push(stored);
      await s.delete(['seq']);
      log.push(await s.read(['seq']));
      return log;
    };
    expect(await run(storage)).toEqual(await run(new MemoryStorage()));
  });

  test('conversation state over it refuses a save based on a stale read', async () => {
    const state = new OptimisticConversationState(storage);
    const property = state.createProperty<{ step: number }>('flow');
    const adapter = new TestAdapter();
    const activity = {
      type: 'message',
      text: 'hi',
      channelId: 'test',
      conversation: { id: 'conv-optimistic' },
    } as Partial<Activity>;
    const turn = () => new TurnContext(adapter, activity);

    const setup = turn();
    await property.set(setup, { step: 1 });
    await state.saveChanges(setup);

    const a = turn();
    const b = turn();
    await property.get(a);
    await property.get(b);
    await property.set(a, { step: 2 });
    await property.set(b, { step: 3 });
    await state.saveChanges(a);
    await expect(state.saveChanges(b)).rejects.toBeInstanceOf(StateConflictError);

    const check = turn();
    expect(await property.get(check)).toEqual({ step: 2 });
    // The winner can keep saving in the same turn: its eTag followed the write.
    await property.set(a, { step: 4 });
    await state.saveChanges(a);
    expect(await property.get(turn())).toEqual({ step: 4 });
  });
});
