// The rules that make content data, not code (ARCHITECTURE rule 7): no imports, exports or JavaScript
// expressions, no raw HTML, only the components of COMPONENT_SPECS with plain-string props, and the
// structure content/README.md documents. Each problem is reported with its line, never thrown at the
// first one, so an author fixes a file in one pass.
import { COMPONENT_NAMES, COMPONENT_SPECS, isComponentName, type ComponentSpec } from './mdx-components-spec';
import { isBlank, isJsx, plainText, type MdNode } from './mdast';

export interface RuleIssue {
  line: number;
  column?: number;
  message: string;
}

/**
 * The scheme of a URL as a browser would read it: browsers drop ASCII whitespace and control characters
 * inside the scheme and ignore case ("Java\tScript:" runs). Entities are already decoded by the parser.
 */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '').toLowerCase())?.[1] ?? null;
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

/** The message for a URL that could run code or load something from the visitor's machine, or null. */
export function dangerousUrlProblem(url: string, what: 'link' | 'image'): string | null {
  const scheme = schemeOf(url);
  if (!scheme || !CODE_SCHEMES.has(scheme)) return null;
  return `The ${what} "${url.slice(0, 60)}" uses a ${scheme}: address, which could run code in visitors' browsers. ${
    what === 'link' ? 'Links must be site-relative ("/…"), "#…", "https://…" or an email address.' : 'Images must be site-relative ("/…").'
  }`;
}

// "//host" and "/\host" are other sites (browsers read a backslash as a slash), not site-relative paths.
const SAFE_LINK = /^(https:\/\/|mailto:|\/(?![/\\])|#)/;
const SAFE_IMAGE = /^\/(?![/\\])/;

const INLINE_ONLY = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'break', 'mdxJsxTextElement']);

function at(node: { position?: { start: { line: number; column: number } } }, message: string): RuleIssue {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column, message };
}

function describe(node: MdNode): string {
  if (isJsx(node)) return node.name ? `<${node.name}>` : 'a fragment';
  if (node.type === 'paragraph' || node.type === 'text') return 'text';
  return `a ${node.type}`;
}

/** Checks one page's tree (frontmatter excluded) and returns every problem found. */
export function checkTree(root: MdNode): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const headings = new Map<string, number>();

  const visit = (node: MdNode, parent: MdNode | null) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value ?? '');
        issues.push(
          at(
            node,
            isImport
              ? 'Imports are not allowed in content: the components are provided automatically. Remove the import line.'
              : 'Exports are not allowed in content: content is data, not code. Remove the export.',
          ),
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push(
          at(
            node,
            'JavaScript expressions are not allowed in content. Curly braces start an expression in MDX: rephrase without "{" and "}".',
          ),
        );
        return;
      case 'heading': {
        const text = plainText(node).trim();
        if (node.depth === 1) issues.push(at(node, 'Use "##" or "###" for headings: the page title (from the frontmatter) is the only level-1 heading.'));
        else if ((node.depth ?? 0) > 3) issues.push(at(node, `Only "##" and "###" headings are allowed; "${'#'.repeat(node.depth ?? 4)} ${text}" is too deep.`));
        const seen = headings.get(text.toLowerCase());
        if (seen) issues.push(at(node, `The heading "${text}" is already used on line ${seen}: heading texts must be unique within a page.`));
        else headings.set(text.toLowerCase(), node.position?.start.line ?? 0);
        break;
      }
      case 'link':
      case 'definition': {
        // A definition is the target of a reference-style link: [text][name] … [name]: url
        const url = node.url ?? '';
        const danger = dangerousUrlProblem(url, 'link');
        if (danger) issues.push(at(node, danger));
        else if (!SAFE_LINK.test(url)) {
          issues.push(at(node, `The link "${url}" must be site-relative ("/…"), "#…", "https://…" or an email address.`));
        }
        break;
      }
      case 'imageReference':
        issues.push(at(node, 'Reference-style images ("![text][name]") are not supported: write ![What the image shows](/path).'));
        break;
      case 'image': {
        const danger = dangerousUrlProblem(node.url ?? '', 'image');
        if (danger) issues.push(at(node, danger));
        else if (!SAFE_IMAGE.test(node.url ?? '')) issues.push(at(node, `The image "${node.url}" must be site-relative ("/…"); images from other sites are blocked.`));
        if (!node.alt?.trim()) issues.push(at(node, 'Images need a description in the brackets: ![What the image shows](/path).'));
        break;
      }
      case 'html':
        issues.push(at(node, 'Raw HTML is not allowed: use Markdown or one of the components.'));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent, issues);
        break;
    }
    for (const child of node.children ?? []) visit(child, node);
  };

  for (const child of root.children ?? []) if (child.type !== 'yaml') visit(child, root);
  return issues;
}

function checkElement(node: MdNode, parent: MdNode | null, issues: RuleIssue[]): void {
  const name = node.name;
  if (!name) {
    issues.push(at(node, 'Fragments (<>…</>) are not allowed: use Markdown or one of the components.'));
    return;
  }
  if (!isComponentName(name)) {
    issues.push(
      at(
        node,
        /^[a-z]/.test(name)
          ? `Raw HTML <${name}> is not allowed: use Markdown or one of the components (${COMPONENT_NAMES.join(', ')}).`
          : `Unknown component <${name}>. Available components: ${COMPONENT_NAMES.join(', ')}.`,
      ),
    );
    return;
  }
  const spec: ComponentSpec = COMPONENT_SPECS[name];

  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      issues.push(at(attr.position ? attr : node, `<${name}> has a spread or expression attribute: JavaScript expressions are not allowed, only name="text" props.`));
      continue;
    }
    const propName = attr.name ?? '';
    const prop = spec.props[propName];
    if (/^on/i.test(propName)) {
      issues.push(at(attr.position ? attr : node, `<${name}> has the event-handler prop "${propName}": content cannot run code in visitors' browsers. Remove it.`));
      continue;
    }
    if (!prop) {
      const known = Object.keys(spec.props);
      issues.push(at(attr.position ? attr : node, `<${name}> has no prop "${propName}". ${known.length ? `Its props: ${known.join(', ')}.` : 'It takes no props.'}`));
      continue;
    }
    if (attr.value === null || attr.value === undefined) {
      issues.push(at(attr.position ? attr : node, `The prop "${propName}" of <${name}> needs a value in double quotes, e.g. ${propName}="…".`));
      continue;
    }
    if (typeof attr.value !== 'string') {
      issues.push(
        at(
          attr.position ? attr : node,
          `The prop "${propName}" of <${name}> must be plain text in double quotes (${propName}="…"), not a JavaScript expression.`,
        ),
      );
      continue;
    }
    const danger = propName === 'href' ? dangerousUrlProblem(attr.value, 'link') : null;
    if (danger) {
      issues.push(at(attr.position ? attr : node, `<${name} href="${attr.value.slice(0, 60)}">: ${danger.replace(/^The link "[^"]*" uses/, 'this uses')}`));
      continue;
    }
    if (prop.values && !prop.values.includes(attr.value)) {
      issues.push(at(attr.position ? attr : node, `<${name} ${propName}="${attr.value}">: ${propName} must be one of ${prop.values.join(', ')}.`));
    } else if (prop.pattern && !prop.pattern.test(attr.value)) {
      issues.push(at(attr.position ? attr : node, `<${name} ${propName}="${attr.value}">: ${propName} ${prop.patternHint ?? 'has the wrong format'}.`));
    } else if (!attr.value.trim()) {
      issues.push(at(attr.position ? attr : node, `The prop "${propName}" of <${name}> must not be empty.`));
    }
  }
  for (const [propName, prop] of Object.entries(spec.props)) {
    const present = node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === propName);
    if (prop.required && !present) issues.push(at(node, `<${name}> needs a "${propName}" prop.`));
  }

  if (!spec.inline && node.type === 'mdxJsxTextElement') {
    issues.push(at(node, `<${name}> is a block component: start it on its own line, with a blank line before and after.`));
  }
  if (spec.parent && !(parent && isJsx(parent) && parent.name === spec.parent)) {
    issues.push(at(node, `<${name}> must be a direct child of <${spec.parent}>.`));
  }

  const children = (node.children ?? []).filter((c) => !isBlank(c));
  if (spec.only) {
    for (const child of children) {
      if (!(isJsx(child) && child.name === spec.only)) {
        issues.push(at(child.position ? child : node, `<${name}> may only contain <${spec.only}> elements, but contains ${describe(child)}.`));
      }
    }
    if (!children.length) issues.push(at(node, `<${name}> is empty: add at least one <${spec.only}>.`));
  }
  switch (spec.content) {
    case 'none':
      if (children.length) issues.push(at(node, `<${name}> takes no content: write it self-closing, e.g. <${name} … />.`));
      break;
    case 'table':
      if (children.length !== 1 || children[0]!.type !== 'table') {
        issues.push(at(node, `<${name}> must wrap exactly one Markdown table (with blank lines around it).`));
      }
      break;
    case 'text':
      for (const child of children) {
        const inner = child.type === 'paragraph' ? (child.children ?? []) : [child];
        if (inner.some((c) => !INLINE_ONLY.has(c.type))) issues.push(at(child, `<${name}> may only contain short text.`));
      }
      break;
    default:
      break;
  }
}
