// The house's import boundaries that a path pattern alone cannot express (see docs/ARCHITECTURE.md,
// "Boundaries the linter keeps"). Each rule reads the imported file itself, so it follows the code as it
// is rather than a list someone has to keep current. Proven by tests/unit/lint-boundaries.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** Imports that only make sense on the server: a module that has one is server-only too. */
const SERVER_MARKERS = [/^server-only$/, /^next\/headers$/, /^@\/lib\/db(\/|$)/, /^@\/lib\/generated(\/|$)/];
const DB_IMPORT = /^@\/lib\/db(\/|$)/;

const toPosix = (p) => p.split(path.sep).join('/');
const relativeToRoot = (file) => toPosix(path.relative(ROOT, file));

/** The repository file an import specifier names, or null for packages and unknown paths. */
function resolveSpecifier(specifier, fromFile) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next extension
    }
  }
  return null;
}

// `import x from '…'`, `export … from '…'`, `import '…'`; `import type` is erased at build time.
const IMPORT_STATEMENT = /^\s*(?:import|export)\s+(?!type\s)(?:([^'";]*?)\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** `{ type A, type B }` imports nothing at run time. */
function onlyTypes(clause) {
  const braces = clause?.trim().match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = braces[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}
const valueImportCache = new Map();
const USE_SERVER_FILE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/;

/**
 * The specifiers a file imports at run time. A 'use server' file imports nothing as far as a client is
 * concerned: the bundler replaces its exports with references to the server actions.
 */
function valueImportsOf(file) {
  if (!valueImportCache.has(file)) {
    let source = '';
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch {
      // unreadable: treat as importing nothing
    }
    if (USE_SERVER_FILE.test(source)) source = '';
    valueImportCache.set(
      file,
      [...source.matchAll(IMPORT_STATEMENT)].filter((m) => !onlyTypes(m[1])).map((m) => m[2]),
    );
  }
  return valueImportCache.get(file);
}

const serverOnlyCache = new Map();

/**
 * Why `file` cannot run in a browser, as a chain of imports ending at a server marker, or null.
 * Follows value imports through the repository (cycles are cut: a module being visited counts as safe).
 */
function serverOnlyChain(file) {
  if (serverOnlyCache.has(file)) return serverOnlyCache.get(file);
  serverOnlyCache.set(file, null);
  let chain = null;
  for (const specifier of valueImportsOf(file)) {
    if (SERVER_MARKERS.some((marker) => marker.test(specifier))) {
      chain = [specifier];
      break;
    }
    const target = resolveSpecifier(specifier, file);
    const inner = target && serverOnlyChain(target);
    if (inner) {
      chain = [relativeToRoot(target), ...inner];
      break;
    }
  }
  serverOnlyCache.set(file, chain);
  return chain;
}

/** True when the import (or re-export) is erased at build time: `import type`, or only type specifiers. */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

function hasDirective(program, directive) {
  return program.body.some((statement) => statement.directive === directive);
}

/** Calls `check(specifier, node)` for every value import, re-export and literal dynamic import. */
function onValueImports(check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string' && !isTypeOnly(node)) check(node.source.value, node);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') check(node.source.value, node);
    },
  };
}

const noServerOnlyInClient = {
  meta: {
    type: 'problem',
    docs: { description: "A 'use client' file never imports a server-only module (directly or through lib/)." },
    messages: {
      serverOnly:
        "'use client' file imports {{specifier}}, which is server-only ({{chain}}). Pass a DTO from a server component, or import the type with `import type`.",
    },
    schema: [],
  },
  create(context) {
    if (!hasDirective(context.sourceCode.ast, 'use client')) return {};
    return onValueImports((specifier, node) => {
      let chain = SERVER_MARKERS.some((marker) => marker.test(specifier)) ? [specifier] : null;
      if (!chain) {
        const target = resolveSpecifier(specifier, context.filename);
        chain = target && serverOnlyChain(target);
      }
      if (chain) context.report({ node, messageId: 'serverOnly', data: { specifier, chain: chain.join(' → ') } });
    });
  },
};

const noDataAccessInComponents = {
  meta: {
    type: 'problem',
    docs: { description: 'components/ never imports @/lib/db or a use-case (a lib/ module that imports @/lib/db).' },
    messages: {
      db: 'components/ never imports {{specifier}}: a page loads data through the DAL and passes a DTO.',
      useCase:
        'components/ never calls a use-case: {{specifier}} reads the database. A page or an action calls it and passes the result.',
    },
    schema: [],
  },
  create(context) {
    return onValueImports((specifier, node) => {
      if (DB_IMPORT.test(specifier)) {
        context.report({ node, messageId: 'db', data: { specifier } });
        return;
      }
      const target = resolveSpecifier(specifier, context.filename);
      if (
        target &&
        relativeToRoot(target).startsWith('lib/') &&
        valueImportsOf(target).some((s) => DB_IMPORT.test(s))
      ) {
        context.report({ node, messageId: 'useCase', data: { specifier } });
      }
    });
  },
};

const serverActionsInApp = {
  meta: {
    type: 'problem',
    docs: { description: 'Server actions live in app/**/actions.ts, beside the route that uses them.' },
    messages: {
      misplaced:
        "'use server' belongs only in app/**/actions.ts (thin actions beside their route; the logic lives in lib/).",
    },
    schema: [],
  },
  create(context) {
    const file = relativeToRoot(context.filename);
    if (/^app\/(.+\/)?actions\.ts$/.test(file)) return {};
    const report = (node) => context.report({ node, messageId: 'misplaced' });
    return {
      Program(program) {
        for (const statement of program.body) if (statement.directive === 'use server') report(statement);
      },
      // An inline action: 'use server' as the first statement of a function body.
      'FunctionDeclaration, FunctionExpression, ArrowFunctionExpression'(fn) {
        const first = fn.body?.type === 'BlockStatement' ? fn.body.body[0] : null;
        if (first?.directive === 'use server') report(first);
      },
    };
  },
};

const boundaries = {
  meta: { name: 'house-boundaries' },
  rules: {
    'no-server-only-in-client': noServerOnlyInClient,
    'no-data-access-in-components': noDataAccessInComponents,
    'server-actions-in-app': serverActionsInApp,
  },
};

export default boundaries;
