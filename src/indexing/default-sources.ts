/** The real ingest and analysis stages behind openSearchEngine and `npm run index`. */
import { assignTopics } from '../analysis/assign-topics';
import { createAnalyzer } from '../analysis/create-analyzer';
import { AppError } from '../domain/errors';
import type { CorpusSources } from './build-corpus';

export const defaultCorpusSources: CorpusSources = {
  ingest: async () => {
    throw new AppError('NOT_READY', 'ingest: ingestDirectory has not landed yet');
  },
  createAnalyzer: () => createAnalyzer(),
  assignTopics: (analyzer, text) => assignTopics(analyzer, text),
};
