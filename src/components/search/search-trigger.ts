/**
 * The only search code on a page before the reader shows intent: it turns the header's Search
 * link into a dialog opener and loads the dialog's code (search-dialog.ts, which upgrades the
 * closed <search-dialog> every page renders, then loads Pagefind on the first query) on hover,
 * focus, click, "/" or Ctrl/Cmd+K. Without JavaScript the link simply goes to /search/.
 */
// Built by Vite as its own self-contained ES module (the worker pipeline, used here only as a
// bundler), so this file carries no preload helper; it is imported by URL on first intent.
import dialogUrl from './search-dialog.ts?worker&url';

let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import(/* @vite-ignore */ dialogUrl));

function open(trigger: HTMLElement | null) {
  void load().then(() => {
    document.dispatchEvent(new CustomEvent('common-ground:open-search', { detail: trigger }));
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-trigger]')) {
  link.addEventListener('pointerenter', () => void load(), { once: true });
  link.addEventListener('focus', () => void load(), { once: true });
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link);
  });
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
  const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
  if (!shortcut || document.querySelector('dialog.search-dialog[open]')) return;
  event.preventDefault();
  open(document.querySelector<HTMLElement>('a[data-search-trigger]'));
});
