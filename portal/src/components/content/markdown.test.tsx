import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, parseBlocks, safeUrl } from './markdown';

describe('markdown', () => {
  it('parses headings, paragraphs, lists, quotes, code and rules', () => {
    expect(
      parseBlocks(
        '# 标题\n\n第一行\n第二行\n\n- a\n- b\n\n1. x\n2. y\n\n> 引用\n\n```\ncode\n```\n\n---',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, text: '标题' },
      { kind: 'paragraph', text: '第一行 第二行' },
      { kind: 'list', ordered: false, items: ['a', 'b'] },
      { kind: 'list', ordered: true, items: ['x', 'y'] },
      { kind: 'quote', text: '引用' },
      { kind: 'code', text: 'code' },
      { kind: 'rule' },
    ]);
  });

  it('keeps only safe link targets', () => {
    expect(safeUrl('https://www.ciie.org')).toBe('https://www.ciie.org');
    expect(safeUrl('/uploads/a.png')).toBe('/uploads/a.png');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('//evil.example')).toBeUndefined();
  });

  it('renders inline formatting and drops unsafe links to plain text', () => {
    render(
      <Markdown
        source={'**粗体** *斜体* `code` [官网](https://www.ciie.org) [坏](javascript:alert(1))'}
      />,
    );
    expect(screen.getByText('粗体').tagName).toBe('STRONG');
    expect(screen.getByText('斜体').tagName).toBe('EM');
    expect(screen.getByText('code').tagName).toBe('CODE');
    const link = screen.getByRole('link', { name: '官网' });
    expect(link).toHaveAttribute('href', 'https://www.ciie.org');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: '坏' })).toBeNull();
    expect(screen.getByText(/坏/)).toBeInTheDocument();
  });
});
