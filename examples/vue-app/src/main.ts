/**
 * A retailer's Vue 3 app using Candor's web components. The tags are registered before the app
 * mounts, so Vue sees each element's properties and sets objects (`:summary`) as properties
 * rather than as attributes.
 */
import '@candor/elements/honesty-panel.js';
import '@candor/elements/rating-badge.js';
import '@candor/elements/review-summary.js';
import type { ReviewSummary } from '@candor/core/reviews';
import { createApp } from 'vue';
import App from './App.vue';
import './page.css';

/** The page data the server wrote into index.html (see inline-data.ts); parsed, never executed. */
function readPageData(): { summary?: ReviewSummary } {
  const block = document.getElementById('candor-data');
  if (!block?.textContent) return {};
  try {
    return JSON.parse(block.textContent) as { summary?: ReviewSummary };
  } catch (error) {
    console.warn('The page data block is not JSON; the widgets fall back to their other sources.', error);
    return {};
  }
}

createApp(App, readPageData()).mount('#app');
