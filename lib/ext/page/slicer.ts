/** Timings of one run, for the panel's diagnostics and the content benchmark. */
export interface SliceTimings {
  /** Longest stretch of our own work between two yields, in ms: our longest main-thread task. */
  longestTaskMs: number;
  /** Which step that stretch ended in. */
  longestStep: string;
  /** Wall time per named step, in ms (yield waits excluded). */
  steps: Record<string, number>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page: `scheduler.yield()` where it exists, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Splits a run into tasks: `step` names the current work, `pause` yields when the budget is spent. */
export interface Slicer {
  readonly timings: SliceTimings;
  /** Ends the current task, yields, and throws if the run was aborted meanwhile. */
  pause(step: string): Promise<void>;
  /** Yields only when this task has already run longer than the budget. */
  maybePause(step: string): Promise<void>;
  /** Closes the last task's measurement. */
  finish(step: string): void;
  /** Starts a new task's measurement after waiting on something that was not our work. */
  resume(): void;
}

/** Creates a slicer; aborting `signal` makes the next pause throw an AbortError. */
export function createSlicer(signal: AbortSignal, budgetMs = 8): Slicer {
  const timings: SliceTimings = { longestTaskMs: 0, longestStep: '', steps: {} };
  let taskStart = performance.now();
  const close = (step: string) => {
    // On the page's performance timeline, where the content benchmark reads where a run's time goes.
    performance.mark(`parallax:${step}`);
    // The stretch itself too, to tell our own work from the page's in the browser's long-task data.
    performance.measure(`parallax-task:${step}`, { start: taskStart });
    const ms = performance.now() - taskStart;
    timings.steps[step] = (timings.steps[step] ?? 0) + ms;
    if (ms > timings.longestTaskMs) {
      timings.longestTaskMs = ms;
      timings.longestStep = step;
    }
  };
  const pause = async (step: string) => {
    close(step);
    await yieldToMain();
    signal.throwIfAborted();
    taskStart = performance.now();
    performance.mark(`parallax:${step}:resumed`);
  };
  return {
    timings,
    pause,
    async maybePause(step) {
      if (performance.now() - taskStart >= budgetMs) await pause(step);
    },
    finish: close,
    resume() {
      taskStart = performance.now();
      performance.mark('parallax:resumed');
    },
  };
}
