/** The theme switch (<theme-toggle>, rendered by ThemeToggle.astro): the choice is kept in localStorage, never sent. */
import { resolveTheme } from './resolve-theme';

const systemDark = matchMedia('(prefers-color-scheme: dark)');
/** Reads the theme in force: the saved choice, else the system preference. */
function currentTheme(): 'light' | 'dark' {
  return resolveTheme(document.documentElement.getAttribute('data-theme'), systemDark.matches);
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const render = () => {
      button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    };
    render();
    // The system theme can change while the page is open (at dusk, say); the stylesheet follows it.
    systemDark.addEventListener('change', render);
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage can be blocked; the theme still changes for this page.
      }
      render();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
