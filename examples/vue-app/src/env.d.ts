/// <reference types="vite/client" />
// Candor's tags in Vue templates: GlobalComponents generated from the elements' manifest.
import type {} from '@candor/elements/vue';
