export interface CandorTask {
  start: number;
  wall: number;
  cpu: number;
  /** The functions sampled most in the task: "name file: ms". */
  top: string[];
}
export interface TraceFigures {
  byScript: Record<string, number>;
  candorTasks: CandorTask[];
  tbt: number;
  longestCandorTask: number;
  /** The most CPU time (thread time) of a task with Candor code. */
  longestCandorTaskCpu: number;
  candorCpu: number;
  engineCpu: number;
  loaderCpu: number;
  configCpu: number;
  renderCpu: number;
  moduleEvaluation: number;
  styleAndLayout: number;
}
export const TRACE_CATEGORIES: readonly string[];
export function analyseTrace(events: unknown[], options: { isCandorScript: (url: string) => boolean; pageUrl?: string }): TraceFigures;
export function namesWithUrls(events: unknown[], isCandorScript: (url: string) => boolean): Record<string, number>;
