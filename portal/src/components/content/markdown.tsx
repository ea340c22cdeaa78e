import { Fragment, type ReactNode } from 'react';

/**
 * A small, safe Markdown renderer for editorial bodies: headings, paragraphs, lists,
 * block quotes, fenced code, rules, and inline bold / italic / code / links / images.
 * It builds React elements (never HTML strings), so markup in the source is shown as text;
 * links and images only keep http(s), mailto and same-site URLs.
 */

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

export const safeUrl = (url: string): string | undefined => {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : undefined;
};

const INLINE =
  /(!\[([^\]]*)\]\(([^)\s]+)\))|(\[([^\]]+)\]\(([^)\s]+)\))|(`([^`]+)`)|(\*\*([^*]+)\*\*|__([^_]+)__)|(\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)/;

export const renderInline = (text: string, keyPrefix = 'i'): ReactNode[] => {
  const nodes: ReactNode[] = [];
  let rest = text;
  let index = 0;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      nodes.push(rest);
      break;
    }
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const key = `${keyPrefix}-${index++}`;
    if (match[1]) {
      const src = safeUrl(match[3]);
      nodes.push(
        src ? <img key={key} src={src} alt={match[2]} style={{ maxWidth: '100%' }} /> : match[2],
      );
    } else if (match[4]) {
      const href = safeUrl(match[6]);
      const label = renderInline(match[5], key);
      nodes.push(
        href ? (
          <a
            key={key}
            href={href}
            {...(/^https?:/i.test(href) ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {label}
          </a>
        ) : (
          <Fragment key={key}>{label}</Fragment>
        ),
      );
    } else if (match[7]) {
      nodes.push(<code key={key}>{match[8]}</code>);
    } else if (match[9]) {
      nodes.push(<strong key={key}>{renderInline(match[10] ?? match[11], key)}</strong>);
    } else {
      nodes.push(<em key={key}>{renderInline(match[13] ?? match[14], key)}</em>);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return nodes;
};

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const UL = /^\s*[-*+]\s+(.*)$/;
const OL = /^\s*\d+[.)]\s+(.*)$/;

export const parseBlocks = (source: string): Block[] => {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) code.push(lines[i++]);
      i++;
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (UL.test(line) || OL.test(line)) {
      const ordered = !UL.test(line);
      const pattern = ordered ? OL : UL;
      const items: string[] = [];
      while (i < lines.length && pattern.test(lines[i])) {
        items.push((pattern.exec(lines[i]) as RegExpExecArray)[1]);
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quote: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) {
        quote.push(lines[i].replace(/^\s*>\s?/, ''));
        i++;
      }
      blocks.push({ kind: 'quote', text: quote.join(' ') });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      !/^(#{1,6})\s/.test(lines[i]) &&
      !/^\s*```/.test(lines[i]) &&
      !UL.test(lines[i]) &&
      !OL.test(lines[i]) &&
      !/^\s*>/.test(lines[i])
    ) {
      paragraph.push(lines[i].trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
  }
  return blocks;
};

export const Markdown = ({ source }: { source: string | null | undefined }) => (
  <div className="pvis-markdown" data-testid="markdown">
    {parseBlocks(source ?? '').map((block, index) => {
      const key = `b${index}`;
      switch (block.kind) {
        case 'heading': {
          const Tag = `h${Math.min(block.level + 1, 6)}` as 'h2';
          return <Tag key={key}>{renderInline(block.text, key)}</Tag>;
        }
        case 'list': {
          const Tag = block.ordered ? 'ol' : 'ul';
          return (
            <Tag key={key}>
              {block.items.map((item, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity besides order
                <li key={`${key}-${n}`}>{renderInline(item, `${key}-${n}`)}</li>
              ))}
            </Tag>
          );
        }
        case 'quote':
          return <blockquote key={key}>{renderInline(block.text, key)}</blockquote>;
        case 'code':
          return (
            <pre key={key}>
              <code>{block.text}</code>
            </pre>
          );
        case 'rule':
          return <hr key={key} />;
        default:
          return <p key={key}>{renderInline(block.text, key)}</p>;
      }
    })}
  </div>
);
