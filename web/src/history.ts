/**
 * The page's own undo history: one list of whole states (every field and the body), so typing,
 * fixes, templates and field changes undo and redo alike, in order. Typing in one box within a
 * short pause joins one step, as in an editor; a paste, a fix or a template is always a step of
 * its own. Pure: no DOM.
 */
export interface Step<S> {
  state: S;
  /** Where the change happened (a box's id), for joining typing. */
  source: string;
  /** True for typing, which may join the step before it. */
  typing: boolean;
  at: number;
}

export class History<S> {
  private steps: Step<S>[] = [];
  private index = -1;

  constructor(
    private readonly limit = 200,
    private readonly joinMs = 1000,
  ) {}

  /** Starts over from `state` (nothing to undo). */
  reset(state: S): void {
    this.steps = [{ state, source: '', typing: false, at: 0 }];
    this.index = 0;
  }

  /** Records `state` as the newest step; redo steps after the current one are dropped. */
  record(state: S, source: string, typing: boolean, now: number): void {
    const top = this.steps[this.index];
    if (typing && top?.typing && top.source === source && now - top.at < this.joinMs && this.index > 0) {
      this.steps[this.index] = { state, source, typing, at: now };
      this.steps.length = this.index + 1;
      return;
    }
    this.steps.length = this.index + 1;
    this.steps.push({ state, source, typing, at: now });
    if (this.steps.length > this.limit) this.steps.splice(0, this.steps.length - this.limit);
    this.index = this.steps.length - 1;
  }

  /** Ends the current typing step, so the next keystroke starts a new one. */
  seal(): void {
    const top = this.steps[this.index];
    if (top) top.typing = false;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.steps.length - 1;
  }

  undo(): S | null {
    if (!this.canUndo) return null;
    this.index--;
    this.steps[this.index + 1]!.typing = false;
    return this.steps[this.index]!.state;
  }

  redo(): S | null {
    if (!this.canRedo) return null;
    this.index++;
    return this.steps[this.index]!.state;
  }

  get current(): S | undefined {
    return this.steps[this.index]?.state;
  }
}
