/** pdfjs-dist ships no types for its worker module; the importer only registers it (read-pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
