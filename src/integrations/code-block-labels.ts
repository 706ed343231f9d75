import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

/**
 * Gives every code block's <pre> an accessible name. Expressive Code turns a horizontally scrolling <pre> into a
 * focusable `role="region"`; unnamed, several of them on one page are indistinguishable landmarks to a screen
 * reader (axe: landmark-unique). The name says what the block is and which one it is on the page.
 */
const LANGUAGE_NAMES: Record<string, string> = {
  json: 'JSON',
  text: 'Output',
  ts: 'TypeScript',
  python: 'Python',
  go: 'Go',
  sh: 'Shell',
};

export function codeBlockLabels(): ExpressiveCodePlugin {
  return {
    name: 'code-block-labels',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const index = (codeBlock.parentDocument?.positionInDocument?.groupIndex ?? 0) + 1;
        const kind = LANGUAGE_NAMES[codeBlock.language] ?? codeBlock.language;
        const title = codeBlock.props.title;
        const label = `${title ? `${title}, ` : ''}${kind} example ${index}`;
        const visit = (node: {
          type: string;
          tagName?: string;
          properties?: Record<string, unknown>;
          children?: unknown[];
        }): void => {
          if (node.type === 'element' && node.tagName === 'pre')
            node.properties = { ...node.properties, ariaLabel: label };
          for (const child of node.children ?? []) visit(child as typeof node);
        };
        visit(renderData.blockAst);
      },
    },
  };
}
