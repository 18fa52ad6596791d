/**
 * The state of "who wrote what" for one open main text, shared by the editor plugin (colours, hover
 * card) and the side panel (switch, legend, passage at the cursor, statistics): whether it is on,
 * the server's last answer, and when to ask again. The server caches its answer by log position,
 * but asking per keystroke would still be one request per letter: after the text changes, the
 * mode waits `refreshAfterMs` (changes meanwhile ride along) and then asks once.
 */
import type { DocumentAuthorship } from '../../shared/api/attribution.js';
import { createStore, type Store } from '../store.js';
import type { LegendEntry } from './authorshipLegend.js';
import type { PassageSource } from './authorshipSegments.js';

/** How long after a change of the text the answers are asked again. */
export const REFRESH_AFTER_MS = 3000;

/** Where the last request stands. */
export type AuthorshipLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; receivedAt: number }
  | { status: 'failed'; message: string };

/** What the mode needs from its page. */
export interface AuthorshipModeOptions {
  /** Asks the server for the authorship of the text. */
  load: () => Promise<DocumentAuthorship>;
  /** A failed request: the page may end the session (401); returns the message to show. */
  describeFailure: (error: unknown) => string;
  refreshAfterMs?: number;
}

/** "Who wrote what" of one open text. */
export class AuthorshipMode {
  /** Whether the text is coloured. */
  readonly enabled: Store<boolean> = createStore(false);
  /** The server's last answer (kept when a later request fails). */
  readonly authorship: Store<DocumentAuthorship | null> = createStore<DocumentAuthorship | null>(null);
  readonly load: Store<AuthorshipLoad> = createStore<AuthorshipLoad>({ status: 'idle' });
  /** The legend of what is coloured now (set by the editor plugin). */
  readonly legend: Store<readonly LegendEntry[]> = createStore<readonly LegendEntry[]>([]);
  /** The passage at the cursor, for the panel's live region (set by the editor plugin). */
  readonly passage: Store<PassageSource | null> = createStore<PassageSource | null>(null);
  /**
   * Goes up once the text has changed and settled for `refreshAfterMs`, whether the mode is on or
   * not: the statistics ask again then.
   */
  readonly textRevision: Store<number> = createStore(0);

  private readonly options: AuthorshipModeOptions;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The text changed since the last request was sent. */
  private stale = true;
  private generation = 0;
  private destroyed = false;

  constructor(options: AuthorshipModeOptions) {
    this.options = options;
  }

  /** Turns the colours on (asking the server if the text changed since its last answer) or off. */
  setEnabled(on: boolean): void {
    if (this.destroyed) return;
    this.enabled.set(on);
    if (!on) this.passage.set(null);
    if (on && (this.stale || this.authorship.get() === null)) void this.refresh();
  }

  /** Called on every change of the text (local or remote). */
  textChanged(): void {
    this.stale = true;
    if (this.timer !== null || this.destroyed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.textRevision.set(this.textRevision.get() + 1);
      if (this.enabled.get()) void this.refresh();
    }, this.options.refreshAfterMs ?? REFRESH_AFTER_MS);
  }

  /** Asks the server now; an answer overtaken by a later request is dropped. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    this.stale = false;
    this.load.set({ status: 'loading' });
    try {
      const answer = await this.options.load();
      if (generation !== this.generation || this.destroyed) return;
      this.authorship.set(answer);
      this.load.set({ status: 'ready', receivedAt: Date.now() });
    } catch (error) {
      if (generation !== this.generation || this.destroyed) return;
      // Ask again with the next change rather than keeping a failed answer for good.
      this.stale = true;
      this.load.set({ status: 'failed', message: this.options.describeFailure(error) });
    }
  }

  /** Stops the timer; answers still on their way are dropped. */
  destroy(): void {
    this.destroyed = true;
    this.generation++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
