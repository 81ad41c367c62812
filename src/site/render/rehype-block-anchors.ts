import type { Element, ElementContent, Root } from 'hast';

/** A link shown after a block, e.g. to the block's rows in a comparison. */
export interface BlockLink {
  /** Where it goes. */
  href: string;
  /** Its visible text. */
  text: string;
  /** More words for assistive technology, read after the visible text (which stays the start of the name, WCAG 2.5.3). */
  label?: string;
}

/** Options for {@link rehypeBlockAnchors}. */
export interface BlockAnchorOptions {
  /** The id of every top-level heading and paragraph, in document order (from `blockIds`). */
  ids?: readonly string[];
  /** Extra links per block id. */
  links?: Readonly<Record<string, readonly BlockLink[]>>;
}

const HEADING = /^h[1-6]$/;

/**
 * Gives each top-level paragraph its id and each heading and paragraph a visible permalink to
 * itself, plus any extra links. Heading ids come from rehype-slug, which must run first; a
 * heading whose slug differs from the id the engine computed is an error, because links from the
 * comparison would then point nowhere.
 */
export default function rehypeBlockAnchors(options: BlockAnchorOptions = {}) {
  const { ids = [], links = {} } = options;
  return (tree: Root) => {
    const blocks = tree.children.filter(
      (node): node is Element => node.type === 'element' && (node.tagName === 'p' || HEADING.test(node.tagName)),
    );
    if (blocks.length !== ids.length) {
      throw new Error(`rehype-block-anchors: ${blocks.length} blocks rendered but ${ids.length} ids given`);
    }
    blocks.forEach((node, i) => {
      const id = ids[i]!;
      const isHeading = node.tagName !== 'p';
      if (isHeading && node.properties.id !== id) {
        throw new Error(`rehype-block-anchors: heading slug "${String(node.properties.id)}" differs from computed id "${id}"`);
      }
      node.properties.id = id;
      node.properties.className = [isHeading ? 'section-heading' : 'block'];
      const extra: ElementContent[] = (links[id] ?? []).flatMap((link) => [
        text(' '),
        element('a', { href: link.href, className: ['block-link'] }, [
          text(link.text),
          ...(link.label ? [element('span', { className: ['visually-hidden'] }, [text(` (${link.label})`)])] : []),
        ]),
      ]);
      node.children.push(
        text(' '),
        element('span', { className: ['block-links'] }, [
          element(
            'a',
            { href: `#${id}`, className: ['permalink'], ariaLabel: isHeading ? 'Link to this section' : 'Link to this paragraph' },
            [text(isHeading ? '§' : '¶')],
          ),
          ...extra,
        ]),
      );
    });
  };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
