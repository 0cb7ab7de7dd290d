/**
 * The theme in force: the reader's saved choice ("light" or "dark" in the root's data-theme), else
 * the system preference. The same rule as the stylesheet's color-scheme switch in global.css.
 */
export function resolveTheme(saved: string | null, systemPrefersDark: boolean): 'light' | 'dark' {
  if (saved === 'light' || saved === 'dark') return saved;
  return systemPrefersDark ? 'dark' : 'light';
}
