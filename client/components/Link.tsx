/** An in-app link: a real `<a href>` (so it can be opened in a new tab) that navigates without reloading. */
import type { ComponentChildren } from 'preact';
import { interceptLinkClick } from '../router.js';

/** Props of Link. */
export interface LinkProps {
  href: string;
  class?: string;
  'aria-label'?: string;
  children: ComponentChildren;
}

/** A link to a page of the app. */
export function Link({ href, children, ...rest }: LinkProps) {
  return (
    <a href={href} onClick={interceptLinkClick} {...rest}>
      {children}
    </a>
  );
}
