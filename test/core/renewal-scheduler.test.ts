import { RenewalScheduler, RenewalRunner } from '../../commerce/renewal-scheduler';
import { createLogger } from '../../logging';

const summary = { renewed: 1, failed: 0, disabled: 0, expired: 0, deleted: 0, retryLater: 0 };

describe('renewal scheduler', () => {
  it('never overlaps runs, logs what changed, and survives a failing run', async () => {
    const lines: string[] = [];
    let calls = 0;
    let release: () => void = () => undefined;
    const runner: RenewalRunner = {
      runRenewals: () => {
        calls++;
        if (calls === 2) return Promise.reject(new Error('database down'));
        return new Promise((resolve) => {
          release = () => resolve(summary);
        });
      },
    };
    const scheduler = new RenewalScheduler(
      runner,
      { now: () => new Date('2026-05-01T00:00:00Z') },
      createLogger('info', (l) => lines.push(l)),
      60,
    );
    const first = scheduler.runOnce();
    const overlapping = scheduler.runOnce();
    expect(calls).toBe(1);
    release();
    await Promise.all([first, overlapping]);
    await scheduler.runOnce();
    expect(calls).toBe(2);
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(['renewal run', 'renewal run failed']);
    expect(JSON.parse(lines[0])).toMatchObject({ renewed: 1 });
  });

  it('an interval of 0 turns it off', async () => {
    const runner: RenewalRunner = { runRenewals: jest.fn() };
    const scheduler = new RenewalScheduler(runner, { now: () => new Date() }, createLogger('silent'), 0);
    scheduler.start();
    await scheduler.stop();
    expect(runner.runRenewals).not.toHaveBeenCalled();
  });
});
