import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Machine, machines } from '@pvis/config';
import { describe, expect, it } from 'vitest';

// A machine and the enumeration Strapi stores its field in must name the same states: a state
// the enum lacks cannot be saved, an enum value the machine lacks is a record no rule moves.
// Each machine is named after its content type (badgeOrder → api::badge-order.badge-order).
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function lifecycleAttributeOf(machine: Machine) {
  const type = kebab(machine.name);
  const path = join(__dirname, '..', 'api', type, 'content-types', type, 'schema.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as {
    attributes: Record<string, { type: string; enum?: string[]; default?: string }>;
  };
  return schema.attributes[machine.field];
}

describe.each(Object.values(machines) as Machine[])('the $name machine', (machine) => {
  it("names exactly the states of its field's enum in schema.json", () => {
    const attribute = lifecycleAttributeOf(machine);
    expect(attribute?.type).toBe('enumeration');
    expect([...(attribute?.enum ?? [])].sort()).toEqual([...machine.states].sort());
  });

  it('starts new records where schema.json defaults them', () => {
    expect(lifecycleAttributeOf(machine)?.default).toBe(machine.initial);
  });
});
