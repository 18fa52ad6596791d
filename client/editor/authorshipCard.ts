/**
 * The small card "who wrote what" shows beside a passage: under the mouse, or at the cursor after a
 * click or a move with the keyboard. One element on the page, placed with `position: fixed`; its
 * place is set through the CSSOM (`style.left`), which the CSP (`style-src 'self'`) allows, unlike
 * style attributes.
 */
import type { PassageText } from '../attribution/passageDetails.js';

/** Why the card is shown: the mouse over a passage, or the cursor in one. */
export type CardOrigin = 'hover' | 'caret';

/** Where to show the card: under this line box (viewport coordinates). */
export interface CardAnchor {
  left: number;
  bottom: number;
}

/** The id of the card, for `aria-describedby` and tests. */
export const AUTHORSHIP_CARD_ID = 'authorship-card';

/** The card; create one per editor, destroy it with the editor. */
export class AuthorshipCard {
  private readonly element: HTMLElement;
  private shownFor: CardOrigin | null = null;

  constructor() {
    this.element = document.createElement('div');
    this.element.id = AUTHORSHIP_CARD_ID;
    this.element.className = 'authorship-card';
    this.element.setAttribute('role', 'tooltip');
    this.element.dataset.testid = 'authorship-card';
    this.element.hidden = true;
    document.body.append(this.element);
  }

  /** Why it is visible now, or null when hidden. */
  get origin(): CardOrigin | null {
    return this.shownFor;
  }

  /** Shows `text` under `anchor`, with the colour class of whoever wrote it. */
  show(text: PassageText, colorClass: string | null, anchor: CardAnchor, origin: CardOrigin): void {
    const who = document.createElement('strong');
    who.className = 'authorship-card-who';
    if (colorClass !== null) {
      const swatch = document.createElement('span');
      swatch.className = `swatch ${colorClass}`;
      swatch.setAttribute('aria-hidden', 'true');
      who.append(swatch);
    }
    who.append(text.who);
    const lines = text.lines.map((line) => {
      const element = document.createElement('span');
      element.className = 'authorship-card-line';
      element.textContent = line;
      return element;
    });
    this.element.replaceChildren(who, ...lines);
    this.element.hidden = false;
    this.shownFor = origin;
    // Keep it inside the window: measured once it has content.
    const width = this.element.offsetWidth;
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - width - 4));
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(anchor.bottom + 4)}px`;
  }

  /** Hides the card (only if it was shown for `origin`, when given). */
  hide(origin?: CardOrigin): void {
    if (origin !== undefined && this.shownFor !== origin) return;
    this.element.hidden = true;
    this.shownFor = null;
  }

  /** Whether a DOM node is inside the card. */
  contains(node: Node | null): boolean {
    return node !== null && this.element.contains(node);
  }

  /** Removes the card from the page. */
  destroy(): void {
    this.element.remove();
  }
}
