/**
 * Finishes the glossary words of TermToggletip.astro once scripts run:
 * - where the browser has no Popover API (before Safari 17 and Firefox 125), each word becomes
 *   the plain link to its glossary entry, so it never is a button that does nothing;
 * - elsewhere, each word's aria-expanded follows its definition, for assistive technology that
 *   does not yet derive it from popovertarget.
 */
export function enhanceTerms(root: Document): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.term-button')];
  if (!Object.hasOwn(HTMLElement.prototype, 'popover')) {
    for (const button of buttons) {
      const link = root.createElement('a');
      link.href = button.dataset['glossaryHref'] ?? '';
      link.className = 'term-link';
      const described = button.getAttribute('aria-describedby');
      if (described) link.setAttribute('aria-describedby', described);
      link.append(...button.childNodes);
      button.replaceWith(link);
    }
    return;
  }
  for (const button of buttons) button.setAttribute('aria-expanded', 'false');
  // "toggle" does not bubble, so it is heard on the way down.
  root.addEventListener(
    'toggle',
    (event) => {
      const popover = event.target;
      if (!(popover instanceof HTMLElement) || !popover.classList.contains('term-definition')) return;
      const open = event.newState === 'open';
      for (const button of root.querySelectorAll(`button.term-button[popovertarget="${popover.id}"]`))
        button.setAttribute('aria-expanded', String(open));
    },
    true,
  );
}
