import 'server-only';
import * as React from 'react';
import * as runtime from 'react/jsx-runtime';
import type { CompiledPage } from '@/lib/content/compile-page';
import { mdxComponents } from './index';

type MdxComponent = (props: { components: typeof mdxComponents }) => React.ReactNode;

const KEY = Symbol.for('trust-center.mdx-components');
const evaluated = ((globalThis as { [KEY]?: Map<string, MdxComponent> })[KEY] ??= new Map());

/**
 * Turns mdx-bundler's output into a component once per compiled page (keyed by its source hash). The
 * code comes from our compiler, which admits no imports, exports or expressions, so all it can do is
 * call the JSX runtime with the components it is given.
 */
function componentOf(page: Pick<CompiledPage, 'hash' | 'code'>): MdxComponent {
  let component = evaluated.get(page.hash);
  if (!component) {
    const scope = { React, ReactDOM: {}, _jsx_runtime: runtime };
    const mdxModule = new Function(...Object.keys(scope), page.code)(...Object.values(scope)) as {
      default: MdxComponent;
    };
    component = mdxModule.default;
    if (evaluated.size > 500) evaluated.clear(); // many publishes in one process: start over rather than grow
    evaluated.set(page.hash, component);
  }
  return component;
}

export function MdxContent({ page }: { page: Pick<CompiledPage, 'hash' | 'code'> }) {
  // Called, not rendered as <Content />: it is a plain function of its props (no hooks), created once per
  // page rather than per render.
  return componentOf(page)({ components: mdxComponents });
}
