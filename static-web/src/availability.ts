import { onAvailabilityChange } from './api/http';

/**
 * Keeps track of whether the API answers. Once it does not, it checks again every interval until
 * it does, then says so, so the page recovers without a reload (§15.8, §33).
 */
export class AvailabilityMonitor {
  private available = true;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly check: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onChange: (available: boolean) => void,
  ) {}

  start(): void {
    onAvailabilityChange((available) => this.update(available));
    void this.probe();
  }

  get isAvailable(): boolean {
    return this.available;
  }

  private update(available: boolean): void {
    if (available === this.available) return;
    this.available = available;
    this.onChange(available);
    if (!available) this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probe().then(() => {
        if (!this.available) this.schedule();
      });
    }, this.intervalMs);
  }

  private async probe(): Promise<void> {
    try {
      await this.check();
    } catch {
      // The check reports the outcome itself; nothing more to do here.
    }
  }
}
