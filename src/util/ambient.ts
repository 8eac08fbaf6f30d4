import { AsyncLocalStorage } from "node:async_hooks";

/**
 * A value bound while an async function runs and read by what it calls, however deep (the `op`
 * facade finds the running migration, `context` the running env.ts): AsyncLocalStorage, paid for
 * only when it is needed. Node 20 builds AsyncLocalStorage on promise hooks which, once on, tax
 * every promise the process makes afterwards: a tenth of an online upgrade of 1,000 revisions.
 *
 * A command binds one value at a time, so a value bound while no other is held takes a plain
 * slot, and the code under it runs outside any store. Only a value bound while another is held
 * (commands run side by side in one process, or one inside another) goes into AsyncLocalStorage;
 * the code under it finds its store, and the slot's code, having none, finds the slot.
 */
export class Ambient<T> {
  private slot: { readonly value: T } | null = null;
  private storage: AsyncLocalStorage<T> | null = null;

  run<R>(value: T, fn: () => Promise<R>): Promise<R> {
    if (this.slot !== null) {
      this.storage ??= new AsyncLocalStorage<T>();
      return this.storage.run(value, fn);
    }
    const own = { value };
    this.slot = own;
    const release = (): void => {
      if (this.slot === own) this.slot = null;
    };
    let running: Promise<R>;
    try {
      // Started from inside a stored value's code, it must not inherit that store.
      running = this.storage === null ? fn() : this.storage.exit(fn);
    } catch (err) {
      release();
      throw err;
    }
    return running.finally(release);
  }

  get(): T | undefined {
    return this.storage?.getStore() ?? this.slot?.value;
  }
}
