/**
 * <site-menu>: turns the header's no-JavaScript <details> disclosure into a Menu button (GOV.UK /
 * NHS.UK service navigation pattern). The button opens and closes the same <details>, so the
 * reader's place, find-in-page (which opens a <details> to show a match) and the closed state all
 * stay native; aria-expanded follows the <details> whatever opened it. Escape closes the menu
 * and returns focus to the button, but only while the button shows (on wide screens the menu's
 * contents are inline and there is nothing to close). The element has no words of its own.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button.menu-button');
    const details = this.querySelector('details');
    if (!button || !details) return;
    const render = () => {
      button.setAttribute('aria-expanded', String(details.open));
    };
    render();
    details.addEventListener('toggle', render);
    button.addEventListener('click', () => {
      details.open = !details.open;
    });
    this.addEventListener('keydown', (event) => {
      const shown = button.getClientRects().length > 0;
      if (event.key !== 'Escape' || !details.open || !shown) return;
      details.open = false;
      button.focus();
    });
  }
}
customElements.define('site-menu', SiteMenu);
