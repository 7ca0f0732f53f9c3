/** The components every MDX page may use without importing them (see PAGE_COMPONENTS). */
import Timeline from '../components/charts/timeline/Timeline.astro';
import Cite from '../components/content/Cite.astro';
import Term from '../components/content/Term.astro';
import AttributionTable from '../components/data/AttributionTable.astro';
import SeverityTable from '../components/data/SeverityTable.astro';
import LedgerFigure from '../components/figures/LedgerFigure.astro';
import LegalFigure from '../components/figures/LegalFigure.astro';
import MapFigure from '../components/figures/MapFigure.astro';
import NetworkFigure from '../components/figures/NetworkFigure.astro';
import SeatsFigure from '../components/figures/SeatsFigure.astro';
import TempoFigure from '../components/figures/TempoFigure.astro';
import AnswerLines from '../components/teach/AnswerLines.astro';

export const mdxComponents = {
  Cite,
  Term,
  Timeline,
  AttributionTable,
  SeverityTable,
  AnswerLines,
  TempoFigure,
  LedgerFigure,
  SeatsFigure,
  LegalFigure,
  NetworkFigure,
  MapFigure,
};
