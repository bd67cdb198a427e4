/** The one module that imports core's engine, so the bundler can put it (and every rule) in its own chunk (see engine.ts). */
export { scoreAndReview, getRule } from '@jixiao/core';
