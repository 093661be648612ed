/** A report file dropped anywhere on the page, handed from the draft bar's drop handler to 导入往年报告. */
import { createStore } from './store.ts';

export const droppedReport = createStore<File | null>(null);
