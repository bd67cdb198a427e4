import { describe, expect, it } from 'vitest';
import { dependencyViolations } from './check-deps';

describe('dependency direction', () => {
  it('cli/server/web → formats → core; core does no I/O', () => {
    expect(dependencyViolations()).toEqual([]);
  });
});
