/**
 * Lighthouse's mobile profile, applied to a Chromium page through the DevTools protocol: the CPU
 * 4x slower and "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), with the HTTP
 * cache off, so a page costs what it costs a mid-range phone on a first visit. Every bench or test
 * that throttles Chromium applies it from here, so their figures are measured under one profile.
 */
export const CPU_SLOWDOWN = 4;
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** Throttles the page behind `cdp` (a Playwright CDPSession): its network, and its CPU unless `cpu` is false. */
export async function emulateMobile(cdp, { cpu = true } = {}) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}
