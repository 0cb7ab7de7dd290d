/** Components every article and group-type page can use in MDX without importing them. */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import ParticipationFigure from '../figures/ParticipationFigure.astro';
import PeerProfessionalFigure from '../figures/PeerProfessionalFigure.astro';

export const mdxComponents = { Callout, Cite, Term, ParticipationFigure, PeerProfessionalFigure };
