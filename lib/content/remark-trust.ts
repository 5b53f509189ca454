// Remark plugins of the content compiler.
//  - parsePage: the same parser mdx-bundler runs, to check and outline a page before bundling it.
//  - remarkTrustTransform: runs inside mdx-bundler on an already validated tree: stable heading ids,
//    <Table caption> folded into the table it wraps, consecutive <CertificationCard>s grouped in a grid.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { headingIds } from './extract';
import { isBlank, isJsx, stringProp, type MdNode } from './mdast';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses MDX into its syntax tree (GFM included). Throws a VFileMessage with line/column on bad syntax. */
export function parsePage(source: string): MdNode {
  return parser.runSync(parser.parse(source)) as unknown as MdNode;
}

export function remarkTrustTransform() {
  return (tree: unknown) => {
    const root = tree as MdNode;
    for (const [heading, id] of headingIds(root)) {
      heading.data = { ...heading.data, hProperties: { ...((heading.data?.hProperties as object) ?? {}), id } };
    }
    transformChildren(root);
  };
}

function transformChildren(node: MdNode): void {
  if (!node.children) return;
  const out: MdNode[] = [];
  for (const child of node.children) {
    if (isJsx(child) && child.name === 'Table') {
      const table = child.children?.find((c) => c.type === 'table');
      if (table) {
        table.data = { ...table.data, hProperties: { dataCaption: stringProp(child, 'caption') ?? '' } };
        out.push(table);
        continue;
      }
    }
    transformChildren(child);
    const previous = out.at(-1);
    if (isJsx(child) && child.name === 'CertificationCard') {
      if (previous && isJsx(previous) && previous.name === 'CertificationGrid') {
        previous.children!.push(child);
        continue;
      }
      const next = node.children[node.children.indexOf(child) + 1];
      const nextIsCard = next && isJsx(next) && next.name === 'CertificationCard';
      if (nextIsCard) {
        out.push({ type: 'mdxJsxFlowElement', name: 'CertificationGrid', attributes: [], children: [child], position: child.position });
        continue;
      }
    }
    if (isBlank(child) && previous?.name === 'CertificationGrid') continue;
    out.push(child);
  }
  node.children = out;
}
