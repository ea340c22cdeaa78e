import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { constraintFiles } from './apply-constraints';

const folderWith = (names: string[]) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'constraints-'));
  for (const name of names) fs.writeFileSync(path.join(dir, name), 'SELECT 1;');
  return dir;
};

describe('database/constraints', () => {
  it('is applied in number order, each number used by one file', () => {
    const files = constraintFiles();
    const numbers = files.map((file) => file.slice(0, 3));
    expect(files.length).toBeGreaterThan(10);
    expect(new Set(numbers).size).toBe(files.length);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('stops the start when two files share a number', () => {
    const dir = folderWith(['001-uniqueness.sql', '002-limits.sql', '002-sequences.sql']);
    expect(() => constraintFiles(dir)).toThrow(/002-limits\.sql and 002-sequences\.sql/);
  });

  it('stops the start for a file without a number', () => {
    expect(() => constraintFiles(folderWith(['001-uniqueness.sql', 'extra.sql']))).toThrow(
      /extra\.sql/,
    );
  });
});
