/**
 * Runs the turns of one conversation one after the other in this process (a double click sends two
 * invokes at once; the second must see what the first did). Across processes, the conversation
 * state's eTag refuses the loser's save instead.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Conversations with a turn running or waiting. */
  get size(): number {
    return this.tails.size;
  }
}
