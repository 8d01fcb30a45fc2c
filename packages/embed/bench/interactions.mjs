// The shopper's three interactions on the demo jacket page, measured INP-style in the page the
// benchmark has just loaded (CPU still throttled): expanding the review summary, switching off a
// check in "show our work", and saving the product for later in the honesty panel.
//
// Each is a real input (Playwright's mouse click through the DevTools protocol), and is measured
// two ways:
// - Event Timing (PerformanceEventTiming, what web-vitals' INP reads): the interaction's longest
//   event, split into input delay, processing (its handlers) and presentation delay (until the
//   next frame was presented). The browser reports only events of 16 ms or more (its smallest
//   threshold) and rounds durations to 8 ms, so an interaction without an entry took under 16 ms.
// - next frame: from the input's timestamp to a task queued from the first animation frame after
//   the handlers ran, which runs once that frame is produced; to the millisecond, whatever the
//   threshold.
// - revealed (the expand only): from the input to a task queued from the first animation frame in
//   which the summary's frame is open, i.e. when the shopper sees the full summary. The press
//   itself may end sooner: a button marked busy while the content's code is on its way.
// Playwright scrolls the target into view and waits until it is ready before the input, outside
// what is measured; the press comes 300 ms after that scroll. Its click checks the hit target in
// a pointerdown listener of its own (elementsFromPoint, which computes style: a few ms at 4x, in
// the processing of every press here), which falls on both builds of an A/B alike.

/**
 * The interactions, in the order they run; `before` opens what the target lies in, `revealed`
 * (a host and a selector in its shadow root) is what the press ends up showing.
 */
export const INTERACTIONS = [
  {
    name: 'expand the summary',
    target: 'candor-review-summary button[part="expand"]',
    revealed: ['candor-review-summary', '#frame[data-open]'],
  },
  {
    name: 'toggle a check',
    before: 'candor-review-summary details[part="work"] > summary',
    target: 'candor-review-summary details[part="work"] label.switch input[type="checkbox"]',
  },
  { name: 'save for later', target: 'candor-honesty-panel button[part~="save-button"]' },
];

/** Starts collecting Event Timing entries and next-frame times in the page. */
async function instrument(page) {
  await page.evaluate(() => {
    const store = (window.__candorInteractions = { events: [], frames: [] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        const { name, interactionId, startTime, processingStart, processingEnd, duration } = entry;
        store.events.push({ name, interactionId, startTime, processingStart, processingEnd, duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    // The last listener of the input's event: the widgets' handlers (inside their shadow roots) have run.
    // (A checkbox's change event fires after its click and never leaves the shadow root; both run
    // before the next animation frame.)
    window.addEventListener('click', (event) => {
      const input = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => store.frames.push({ input, frame: performance.now() });
        channel.port2.postMessage(undefined);
      });
    });
  });
}

/**
 * Watches, from the next click on, each animation frame for `selector` in `host`'s shadow root;
 * the first frame that has it sets `__candorInteractions.revealed` (ms from the click's input).
 */
async function watchReveal(page, [host, selector]) {
  await page.evaluate(
    ([host, selector]) => {
      const store = window.__candorInteractions;
      store.revealed = undefined;
      window.addEventListener(
        'click',
        (event) => {
          const input = event.timeStamp;
          const look = () => {
            if (!document.querySelector(host)?.shadowRoot?.querySelector(selector)) return requestAnimationFrame(look);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (store.revealed = performance.now() - input);
            channel.port2.postMessage(undefined);
          };
          requestAnimationFrame(look);
        },
        { once: true },
      );
    },
    [host, selector],
  );
}

/** One interaction's figures, from what the page collected since `since` (performance.now()). */
async function collect(page, since) {
  // The observer reports after the frame; give it a moment.
  await page.waitForTimeout(300);
  return page.evaluate((since) => {
    const { events, frames } = window.__candorInteractions;
    const mine = events.filter((entry) => entry.startTime >= since);
    const frame = frames
      .filter((entry) => entry.input >= since)
      .reduce((longest, entry) => Math.max(longest, entry.frame - entry.input), 0);
    if (!mine.length) return { eventTiming: undefined, nextFrame: frame };
    const longest = mine.reduce((a, b) => (b.duration > a.duration ? b : a));
    const same = mine.filter((entry) => entry.interactionId === longest.interactionId);
    const processingStart = Math.min(...same.map((entry) => entry.processingStart));
    const processingEnd = Math.max(...same.map((entry) => entry.processingEnd));
    return {
      eventTiming: {
        duration: longest.duration,
        inputDelay: processingStart - longest.startTime,
        processing: processingEnd - processingStart,
        presentation: longest.startTime + longest.duration - processingEnd,
        events: [...new Set(same.map((entry) => entry.name))].join(' '),
      },
      nextFrame: frame,
    };
  }, since);
}

/**
 * Runs the interactions on a loaded jacket page; per interaction its figures, or `missing` with
 * the reason when its target is not on the page.
 */
export async function measureInteractions(page) {
  await instrument(page);
  const results = {};
  for (const interaction of INTERACTIONS) {
    try {
      if (interaction.before) {
        await page.locator(interaction.before).first().click({ timeout: 10_000 });
        // Opening "show our work" fetches the recompute code (slow 4G): the switch is measured once it is there.
        await page.waitForTimeout(2000);
      }
      const target = page.locator(interaction.target).first();
      await target.waitFor({ state: 'visible', timeout: 10_000 });
      await target.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      if (interaction.revealed) await watchReveal(page, interaction.revealed);
      const since = await page.evaluate(() => performance.now());
      await target.click({ timeout: 10_000 });
      results[interaction.name] = await collect(page, since);
      if (interaction.revealed) {
        await page.waitForFunction(() => window.__candorInteractions.revealed !== undefined, undefined, { timeout: 20_000 });
        results[interaction.name].revealed = await page.evaluate(() => window.__candorInteractions.revealed);
      }
    } catch (error) {
      results[interaction.name] = { missing: String(error).split('\n')[0] };
    }
  }
  return results;
}

/** Waits until every candor-* element on the page is defined and has its shadow root. */
export function waitForWidgets(page) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('candor-'))
        .every((el) => customElements.get(el.localName) && el.shadowRoot),
    undefined,
    { timeout: 120_000, polling: 250 },
  );
}
