/**
 * One review run: the files go to the worker one by one, rows come back as they are read, the
 * progress shows, and 停止 ends the worker (what was read stays). Cross-year checks run once the
 * set is complete, since a report's previous year may be the last file read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { startBatchWorker } from './batch-worker.ts';
import type { BatchReply, BatchRequest } from './batch.worker.ts';
import { withCrossYear, type ReviewRow } from './review.ts';

export interface BatchRun {
  rows: ReviewRow[];
  total: number;
  done: number;
  running: boolean;
  cancelled: boolean;
}

const IDLE: BatchRun = { rows: [], total: 0, done: 0, running: false, cancelled: false };
const today = () => new Date().toISOString().slice(0, 10);

/** A file with the path it was chosen by (a folder pick gives `folder/sub/name.docx`). */
const nameOf = (file: File) => (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;

export function useBatchRun(): { run: BatchRun; start(files: readonly File[]): void; cancel(): void } {
  const [run, setRun] = useState<BatchRun>(IDLE);
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback((files: readonly File[]) => {
    stop();
    const w = startBatchWorker();
    worker.current = w;
    const rows: (ReviewRow | undefined)[] = new Array(files.length);
    let done = 0;
    setRun({ rows: [], total: files.length, done: 0, running: files.length > 0, cancelled: false });
    const present = () => rows.filter((r): r is ReviewRow => r !== undefined);
    w.onmessage = (e: MessageEvent<BatchReply>) => {
      rows[e.data.index] = e.data.row;
      done++;
      const finished = done === files.length;
      if (finished) stop();
      setRun({
        rows: finished ? withCrossYear(present(), today()) : present(),
        total: files.length,
        done,
        running: !finished,
        cancelled: false,
      });
    };
    // Bytes are read one file at a time and transferred, so a folder of 300 reports is never all in memory twice.
    void (async () => {
      for (const [index, file] of files.entries()) {
        if (worker.current !== w) return;
        const bytes = await file.arrayBuffer();
        const request: BatchRequest = { index, file: nameOf(file), bytes, today: today() };
        w.postMessage(request, [bytes]);
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    stop();
    setRun((r) => ({ ...r, rows: withCrossYear(r.rows, today()), running: false, cancelled: true }));
  }, []);

  return { run, start, cancel };
}
