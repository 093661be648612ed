/**
 * All locale resources, for Node (CLI, tests) and the locale-parity test. zh-CN is the source
 * locale; en must have exactly the same keys (tested). Namespaces are registered in
 * resources-zh.ts and resources-en.ts, not here: the browser bundles only the Chinese ones.
 */
import { en } from './resources-en.ts';
import { zhCN } from './resources-zh.ts';

export { en } from './resources-en.ts';
export { zhCN, NAMESPACES } from './resources-zh.ts';
export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages.ts';

export const resources = { 'zh-CN': zhCN, en } as const;
