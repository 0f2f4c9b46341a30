import { defineModule } from '@engage/shared/graphql';
import { ExportFiguresResolver } from './export-figures.resolver.ts';

/** Force-wide newsletter figures (deliveries by issue, subscribers by group) for flat exports. */
export const exportFiguresModule = defineModule({
  name: 'export-figures',
  resolvers: [ExportFiguresResolver],
});
