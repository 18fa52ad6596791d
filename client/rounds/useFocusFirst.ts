/**
 * Keyboard users keep their place: when a button is replaced by what it opened (a form, a
 * confirmation), focus moves to that element's first control instead of falling back to the page.
 */
import { useEffect, useRef } from 'preact/hooks';

const CONTROLS = 'input, select, textarea, button';

/** A ref for the opened element; its first control is focused once it is shown, when `active`. */
export function useFocusFirst<E extends HTMLElement>(active = true) {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    if (!active) return;
    ref.current?.querySelector<HTMLElement>(CONTROLS)?.focus();
  }, [active]);
  return ref;
}
