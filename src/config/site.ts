/** Site-wide settings in one place. */
export const site = {
  name: 'Common Ground',
  tagline: 'Self-help groups, mutual aid and peer support, explained plainly.',
  lang: 'en',
} as const;

/** The primary navigation, in the order the header shows it. */
export const primaryNav = [
  { href: '/learn/', label: 'Learn' },
  { href: '/find-your-fit/', label: 'Find your fit' },
  { href: '/organize/', label: 'Organize' },
  { href: '/resources/', label: 'Resources' },
  { href: '/search/', label: 'Search' },
] as const;
