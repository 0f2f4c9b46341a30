import { complianceExport } from './declarations/compliance.ts';
import {
  newsletterDeliveriesExport,
  responsesExport,
  subscribersExport,
} from './declarations/people-figures.ts';
import {
  engagementsExport,
  prioritiesExport,
  priorityUpdatesExport,
  socialPostsExport,
} from './declarations/team-records.ts';
import { checkDeclaration, type ExportDeclaration } from './export-declaration.ts';

/**
 * Every flat export, in the order docs/exports.md lists them. A new export is a declaration
 * added here: it is served, and swept for small counts by the tests, with nothing else to do.
 */
export const EXPORTS: readonly ExportDeclaration[] = [
  engagementsExport,
  prioritiesExport,
  priorityUpdatesExport,
  socialPostsExport,
  complianceExport,
  newsletterDeliveriesExport,
  subscribersExport,
  responsesExport,
].map(checkDeclaration);
