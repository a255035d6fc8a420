// c/poller: asks the server again and again, on a timer, until an answer settles it — for work that runs in the
// background (a Queueable, a Batch Apex job) and reports its progress only when asked. One answer at a time; after
// `stop()` (call it in disconnectedCallback) a late answer is ignored and nothing is asked again.

export interface PollerOptions<T> {
  /** Time between one answer and the next question. */
  readonly intervalMs: number;
  /** Questions at most per `start()`; then `onGiveUp`. */
  readonly maxPolls: number;
  /** Asks once. */
  readonly ask: () => Promise<T>;
  /** Takes an answer; true when it settles the matter (no more questions). */
  readonly onAnswer: (answer: T) => boolean;
  /** `maxPolls` answers and none settled it. */
  readonly onGiveUp: () => void;
  /** A question failed; nothing more is asked. */
  readonly onError: (error: unknown) => void;
}

export class Poller<T> {
  private readonly options: PollerOptions<T>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private polls = 0;
  private active = false;
  /** Changes on every start and stop: an answer to an older question is ignored. */
  private run = 0;

  constructor(options: PollerOptions<T>) {
    this.options = options;
  }

  /** Waiting for the next answer. */
  get isRunning(): boolean {
    return this.active;
  }

  /** Asks after `intervalMs` (or at once), then again after each unsettled answer. Restarts the count. */
  start({ now = false }: { now?: boolean } = {}): void {
    this.stop();
    this.active = true;
    this.polls = 0;
    if (now) {
      this.tick();
    } else {
      this.schedule();
    }
  }

  stop(): void {
    this.active = false;
    this.run += 1;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private schedule(): void {
    // The background work reports its progress only when asked: a timer is the only way to follow it.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => this.tick(), this.options.intervalMs);
  }

  private async tick(): Promise<void> {
    const run = this.run;
    this.timer = undefined;
    this.polls += 1;
    let answer: T;
    try {
      answer = await this.options.ask();
    } catch (error) {
      if (run === this.run) {
        this.active = false;
        this.options.onError(error);
      }
      return;
    }
    if (run !== this.run) {
      return;
    }
    const settled = this.options.onAnswer(answer);
    if (run !== this.run) {
      return; // onAnswer stopped or restarted it
    }
    if (settled) {
      this.stop();
    } else if (this.polls >= this.options.maxPolls) {
      this.active = false;
      this.options.onGiveUp();
    } else {
      this.schedule();
    }
  }
}
