import type { TestProject } from 'vitest/node';
import { startSyt } from './support/start-syt.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sytUrl: string;
    sytOutput: string;
  }
}

/**
 * One SYT for every journey, started as the README says (`npm start`), its clock set to 3 January 2024
 * so the Kon Tum demo's districts exist and January's forms are open. Its scheduler ticks every few seconds, so a
 * journey sees an alert detected from the figures it entered without waiting a minute.
 */
export default async function setup(project: TestProject) {
  const syt = await startSyt({ SYT_NOW: '2024-01-03T02:00:00Z', SCHEDULER_INTERVAL_SECONDS: '5' });
  project.provide('sytUrl', syt.url);
  project.provide('sytOutput', syt.output());
  return () => syt.stop();
}
