/** Tests only: the five seed drafts as reports (kept in the domain layer so src/render tests read them too). */
export { SEED_FILES, seedReport, seedText } from '../../report/testing/seeds.ts';
