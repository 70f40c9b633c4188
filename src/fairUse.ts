// Fair use of the shared service: one analyst, or one agency, cannot take the database from the others.
// The expensive operations (paths, subgraphs, exports, network metrics) each hold a connection for up
// to the query time limit; an analyst and an agency may run only a few of them at once, and one over
// that budget is refused at once with RATE_LIMITED (retry when one of yours finished), not queued.
import type { Limits } from './config';
import { AppError } from './errors';
import type { Viewer } from './auth/identity';

export class Budget {
  private readonly running = new Map<string, number>();

  constructor(private readonly limits: Pick<Limits, 'expensivePerAnalyst' | 'expensivePerAgency'>) {}

  /** Runs `work` within the viewer's budget, or refuses it. The in-process SYSTEM caller has no budget. */
  async spend<T>(viewer: Viewer, operation: string, work: () => Promise<T>): Promise<T> {
    if (viewer.agency === null) return work();
    const keys: Array<[string, number, string]> = [
      [`analyst\n${viewer.agency}\n${viewer.analyst}`, this.limits.expensivePerAnalyst, `analyst ${viewer.analyst}`],
      [`agency\n${viewer.agency}`, this.limits.expensivePerAgency, `agency ${viewer.agency}`],
    ];
    for (const [key, limit, who] of keys) {
      if ((this.running.get(key) ?? 0) >= limit) {
        throw new AppError(
          'RATE_LIMITED',
          `${operation}: ${who} already runs ${limit} expensive operations (paths, subgraphs, exports, network metrics), the most allowed at once; retry when one has finished`,
          { limit },
        );
      }
    }
    for (const [key] of keys) this.running.set(key, (this.running.get(key) ?? 0) + 1);
    try {
      return await work();
    } finally {
      for (const [key] of keys) {
        const left = this.running.get(key)! - 1;
        if (left) this.running.set(key, left);
        else this.running.delete(key);
      }
    }
  }
}
