/**
 * The layers of src/ and what each may import (CONTRIBUTING.md draws the same diagram). ESLint's
 * `import-x/no-restricted-paths` holds it; tools/lint/layers.test.ts shows that a forbidden import
 * fails lint.
 *
 *   report ← i18n (message keys only)
 *   render ← report                         the printed model, format-neutral
 *   export-docx ← render, report            bytes of one format
 *   export-html ← render, report            the web page and clipboard copy (no React)
 *   export-xlsx ← render, report            tables 二–四 as a workbook, and reading one back
 *   import ← report                         reading published reports
 *   cli ← export-docx, export-html, export-xlsx, import, render, report, i18n
 *   session ← report, i18n                  the one session state (React hooks, no feature)
 *   components ← session, render, report, i18n
 *   features/<f> ← components, session, import, export-docx, export-html, export-xlsx, render, report, i18n — never another feature
 *   app ← features, components, session, …  the shell that composes the features
 */
import { readdirSync } from 'node:fs';

const src = (name) => `./src/${name}`;
const LAYERS = [
  'report',
  'i18n',
  'render',
  'export-docx',
  'export-html',
  'export-xlsx',
  'import',
  'cli',
  'session',
  'components',
  'features',
  'app',
];

/** What each layer must not import. */
const FORBIDDEN = {
  i18n: ['report', 'render', 'export-docx', 'export-html', 'export-xlsx', 'import', 'cli', 'session', 'components', 'features', 'app'],
  report: ['render', 'export-docx', 'export-html', 'export-xlsx', 'import', 'cli', 'session', 'components', 'features', 'app'],
  render: ['export-docx', 'export-html', 'export-xlsx', 'import', 'cli', 'session', 'components', 'features', 'app'],
  'export-docx': ['export-html', 'export-xlsx', 'import', 'cli', 'session', 'components', 'features', 'app'],
  'export-html': ['export-docx', 'export-xlsx', 'import', 'cli', 'session', 'components', 'features', 'app'],
  'export-xlsx': ['export-html', 'import', 'cli', 'session', 'components', 'features', 'app'],
  import: ['render', 'export-docx', 'export-html', 'export-xlsx', 'cli', 'session', 'components', 'features', 'app'],
  cli: ['session', 'components', 'features', 'app'],
  session: ['render', 'export-docx', 'export-html', 'export-xlsx', 'import', 'cli', 'components', 'features', 'app'],
  components: ['export-docx', 'export-html', 'export-xlsx', 'import', 'cli', 'features', 'app'],
  features: ['cli', 'app'],
  app: ['cli'],
};

for (const layer of Object.keys(FORBIDDEN)) if (!LAYERS.includes(layer)) throw new Error(`unknown layer ${layer}`);

export const FEATURES = readdirSync(new URL('../../src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export const LAYER_ZONES = [
  ...Object.entries(FORBIDDEN).map(([layer, from]) => ({
    target: src(layer),
    from: from.map(src),
    message: `src/${layer} must not import this layer (see tools/lint/layers.js).`,
  })),
  // The spreadsheet exporter is a sibling of the Word one, not built on it: its tests share the
  // office tools (validator, LibreOffice) in export-docx/testing, nothing else.
  {
    target: src('export-xlsx'),
    from: src('export-docx'),
    except: ['./testing'],
    message: 'src/export-xlsx must not import src/export-docx (its tests may use src/export-docx/testing).',
  },
  // A feature imports shared code, never another feature: what two features share goes to
  // src/components or src/session, and the shell (src/app) composes them.
  ...FEATURES.map((feature) => ({
    target: src(`features/${feature}`),
    from: src('features'),
    except: [`./${feature}`],
    message: `features/${feature} must not import another feature: move what is shared to src/components or src/session, or compose in src/app.`,
  })),
];
