/**
 * The finance bureau's re-scoring (财政复核) is `financeReview` everywhere: the columns `review` and
 * `review_total` become `finance_review` and `finance_review_total` ("review" is the rule engine).
 * RENAME COLUMN keeps the data and any index on it, on SQLite (3.25+) and PostgreSQL alike.
 */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('forms').renameColumn('review', 'finance_review').execute();
    await db.schema.alterTable('forms').renameColumn('review_total', 'finance_review_total').execute();
  },
};
