import { defineModule } from '@engage/shared/graphql';
import { ExportFiguresResolver } from './export-figures.resolver.ts';

/** Force-wide newsletter delivery figures by issue, for flat exports. */
export const exportFiguresModule = defineModule({
  name: 'export-figures',
  resolvers: [ExportFiguresResolver],
});
