// The audit's bounds on what a caller sends: variables walked without recursion, strings capped on a
// character boundary.
import { capText, variablesProblem, VARIABLE_LIMITS } from '../../src/audit/audit';

describe('variablesProblem', () => {
  it('admits ordinary variables', () => {
    expect(
      variablesProblem({ cases: [{ reference: 'EE-1', persons: [{ id: 'P1', aliases: ['a', 'b'] }] }], first: 10 }),
    ).toBeNull();
    expect(variablesProblem(undefined)).toBeNull();
  });
  it('refuses nesting past the limit without overflowing the stack, even 1,000,000 deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i += 1) deep = { a: deep };
    expect(variablesProblem({ x: deep })).toBe(`variables are nested more than ${VARIABLE_LIMITS.depth} levels deep`);
    let edge: unknown = 1;
    for (let i = 0; i < VARIABLE_LIMITS.depth; i += 1) edge = [edge];
    expect(variablesProblem(edge)).toBeNull();
    expect(variablesProblem([edge])).toMatch(/nested more than/);
  });
  it('refuses too many values and too many characters', () => {
    expect(variablesProblem({ x: new Array(VARIABLE_LIMITS.values + 1).fill(0) })).toMatch(/more than 200000 values/);
    expect(variablesProblem({ x: 'y'.repeat(VARIABLE_LIMITS.chars + 1) })).toMatch(/more than 4000000 characters/);
  });
});

describe('capText', () => {
  it('keeps short text, cuts long text to the limit with a mark, never inside a surrogate pair', () => {
    expect(capText('query Probe', 200)).toBe('query Probe');
    expect(capText('x'.repeat(100_000), 200)).toHaveLength(200);
    const cut = capText(`${'a'.repeat(198)}😀😀`, 200);
    expect(cut).toBe(`${'a'.repeat(198)}…`);
  });
});
