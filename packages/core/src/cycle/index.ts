/** The budget year run end to end: what stands beside each indicator of the self-evaluation. */
export * from './beside';
