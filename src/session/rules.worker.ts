/** The rule engine off the UI thread: a long text's checks never hold up typing. */
// The rules alone, not the domain's barrel: the barrel's schema and draft migrations build zod
// objects at load time, which no bundler can drop, and the worker never parses a draft.
import { runRules, type Finding } from '../report/rules/index.ts';
import type { Report } from '../report/schema.ts';

export interface RulesRequest {
  version: number;
  report: Report;
}
export interface RulesReply {
  version: number;
  findings: Finding[];
}

// The worker's global scope; the DOM typings this project compiles with describe a window.
const scope = self as unknown as { onmessage: ((e: MessageEvent<RulesRequest>) => void) | null; postMessage(reply: RulesReply): void };
scope.onmessage = (e) => {
  const { version, report } = e.data;
  scope.postMessage({ version, findings: runRules(report) });
};
