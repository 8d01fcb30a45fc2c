// Reads a Chromium performance trace (devtools.timeline, toplevel and the V8 CPU profiler) of one
// page visit and says where the page's main thread spent its time, and how much of it ran Candor.
// Used by page-cost.mjs; kept apart so the rules are readable in one place.

/**
 * Where a Candor script's time goes, by the file it is in (the build's chunk names, old nested
 * `chunks/x.js` and flat `candor-x.js` alike): the review engine (analysis of raw reviews), the
 * loader, the runtime (Lit, the shared element code and the config validator travel in one chunk,
 * so a trace cannot tell them apart), and the rest (the widgets' own chunks: their first render).
 */
const CATEGORIES = [
  ['engine', /(engine|theme-finder|dictionary|recompute|check-ids|page-reviews|read-page|review-adapters)[^/]*\.js/],
  ['loader', /\/candor\.js$/],
  // The runtime chunk, and store-config.js where a build gives the validator a chunk of its own.
  ['config', /(runtime|store-config)\.js$/],
  ['render', /./],
];
/** The trace categories analyseTrace reads: tasks (timeline, toplevel), V8's execution and CPU profiler, loading. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'v8',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

const categoryOf = (url) => CATEGORIES.find(([, pattern]) => pattern.test(url))[0];
const LONG_TASK_MS = 50;

/** The renderer's main thread of the visited page: the CrRendererMain that parsed its HTML. */
function mainThread(events, pageUrl) {
  const parse = events.find((event) => event.name === 'ParseHTML' && (!pageUrl || event.args?.beginData?.url === pageUrl));
  if (!parse) throw new Error('the trace holds no ParseHTML event: the page did not load while tracing');
  return { pid: parse.pid, tid: parse.tid };
}

/** Top-level tasks on one thread (a RunTask not inside another): start and end (ms), and the thread's CPU time in it (ms). */
function topLevelTasks(events, thread) {
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.dur,
    )
    .map((e) => ({ start: e.ts / 1000, end: (e.ts + e.dur) / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
    .sort((a, b) => a.start - b.start);
  const top = [];
  for (const task of tasks) if (!top.length || task.start >= top[top.length - 1].end) top.push(task);
  return top;
}

/**
 * The CPU profiler's samples of that thread: [{ time (ms), duration (ms), urls (the stack's script
 * URLs, innermost first) }].
 */
function profileSamples(events, thread) {
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== thread.pid) continue;
    if (event.name === 'Profile')
      profiles.set(event.id, { tid: event.tid, start: event.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== thread.pid) continue;
    const profile = profiles.get(event.id);
    const data = event.args.data;
    if (!profile) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const samples = [];
  for (const profile of profiles.values()) {
    if (profile.tid !== thread.tid) continue;
    let time = profile.start;
    const stackUrls = (id) => {
      const urls = [];
      for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent))
        if (node.callFrame?.url) urls.push(node.callFrame.url);
      return urls;
    };
    const times = profile.deltas.map((delta) => (time += delta));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = profile.nodes.get(profile.samples[i]);
      if (
        !node ||
        (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(node.callFrame?.functionName) && !node.callFrame?.url)
      )
        continue;
      const next = times[i + 1] ?? times[i];
      const frame = `${node.callFrame?.functionName || '(anonymous)'} ${(node.callFrame?.url ?? '').split('/').pop()}`;
      samples.push({ time: times[i] / 1000, duration: Math.max(0, next - times[i]) / 1000, urls: stackUrls(profile.samples[i]), frame });
    }
  }
  return samples;
}

/** The functions the profiler sampled most in a task, innermost frame first: "name file: ms". */
function topFrames(samples, task) {
  const time = new Map();
  for (const sample of samples)
    if (sample.time >= task.start && sample.time < task.end) time.set(sample.frame, (time.get(sample.frame) ?? 0) + sample.duration);
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([frame, ms]) => `${frame}: ${Math.round(ms)}`);
}

/**
 * Figures for one visit:
 * - tbt: the part over 50 ms of every top-level main-thread task, summed (from tracing start);
 * - longestCandorTask: the longest top-level task in which a Candor script was sampled or ran;
 *   longestCandorTaskCpu: the most CPU time of such a task (the thread's own time: the throttle's pauses do not count);
 * - mostCandorInTask: the most profiler time with a Candor script on the stack in one task, at most
 *   that task's CPU time (what Candor's code, and the style and layout it forces, costs a task; a
 *   long task of the page's own, such as its first layout, in which Candor's module is evaluated
 *   counts only Candor's part);
 * - candorCpu: profiler time with a Candor script on the stack;
 * - engineCpu, loaderCpu, configCpu, renderCpu: the same, split by the chunk of the innermost Candor frame;
 * - moduleEvaluation: compile and evaluation of Candor's scripts (v8 compile/evaluate events);
 * - styleAndLayout: style recalculation and layout on the main thread (the caller subtracts the page's own).
 */
export function analyseTrace(events, { isCandorScript, pageUrl }) {
  const thread = mainThread(events, pageUrl);
  const onMain = (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X';
  const tasks = topLevelTasks(events, thread);
  const samples = profileSamples(events, thread).filter((sample) => sample.urls.some(isCandorScript));
  // Events of a Candor script: its compilation, evaluation and calls into it. A task counts as
  // Candor's when its code runs in it; compiling alone does not (the HTML parser's task compiles a
  // streamed module script's first lines while it parses the page).
  const scriptUrl = (e) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? '';
  const candorEvents = events.filter(
    (e) => onMain(e) && /^(FunctionCall|EvaluateScript|v8\.)/.test(e.name) && isCandorScript(scriptUrl(e)),
  );
  const runningEvents = candorEvents.filter((e) => !/^v8\.compile/.test(e.name));
  const touchesCandor = (task) =>
    samples.some((s) => s.time >= task.start && s.time < task.end) ||
    runningEvents.some((e) => e.ts / 1000 >= task.start && e.ts / 1000 < task.end);
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  // A sample lasts until the next one, in wall time; a machine that pauses the renderer stretches
  // it, so a task's Candor time is capped at the task's own CPU time.
  const candorTimeIn = (task) =>
    Math.min(task.cpu, sum(samples.filter((s) => s.time >= task.start && s.time < task.end).map((s) => s.duration)));
  const innermostCandor = (sample) => sample.urls.find(isCandorScript) ?? '';
  const evaluation = candorEvents.filter((e) =>
    /^(v8\.compile|v8\.evaluateModule|v8\.produceModuleCache|EvaluateScript|v8\.compileModule)/.test(e.name),
  );
  const byScript = {};
  for (const s of samples) byScript[innermostCandor(s)] = (byScript[innermostCandor(s)] ?? 0) + s.duration;
  return {
    byScript,
    // Every task that ran Candor code: wall time, and CPU time (what a busy machine does not inflate).
    candorTasks: tasks.filter(touchesCandor).map((task) => ({
      start: task.start,
      wall: task.end - task.start,
      cpu: task.cpu,
      candor: candorTimeIn(task),
      top: topFrames(samples, task),
    })),
    tbt: sum(tasks.map((task) => Math.max(0, task.end - task.start - LONG_TASK_MS))),
    longestCandorTask: Math.max(0, ...tasks.filter(touchesCandor).map((task) => task.end - task.start)),
    // The same task's CPU time (the thread's own time, which neither the 4x throttle's pauses nor
    // other processes on a busy machine inflate): compare this one across loads.
    longestCandorTaskCpu: Math.max(0, ...tasks.filter(touchesCandor).map((task) => task.cpu)),
    mostCandorInTask: Math.max(0, ...tasks.filter(touchesCandor).map(candorTimeIn)),
    candorCpu: sum(samples.map((s) => s.duration)),
    ...Object.fromEntries(
      CATEGORIES.map(([name]) => [
        `${name}Cpu`,
        sum(samples.filter((s) => categoryOf(innermostCandor(s)) === name).map((s) => s.duration)),
      ]),
    ),
    moduleEvaluation: sum(evaluation.map((e) => (e.dur ?? 0) / 1000)),
    styleAndLayout: sum(
      events.filter((e) => onMain(e) && /^(UpdateLayoutTree|RecalculateStyles|Layout)$/.test(e.name)).map((e) => (e.dur ?? 0) / 1000),
    ),
  };
}

/** For looking at a trace by hand: event names with a script URL, and how often. */
export function namesWithUrls(events, isCandorScript) {
  const counts = {};
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;
    if (url && isCandorScript(url)) counts[e.name] = (counts[e.name] ?? 0) + 1;
  }
  return counts;
}
