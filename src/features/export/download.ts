/** The download helper is shared (src/components/download.ts): the batch review saves files too. */
export { downloadBlob } from '../../components/download.ts';
