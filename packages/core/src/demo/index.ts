/** The Kon Tum demo values: deterministic, seasonal, and exact to the November 2023 report (seeds/001). */
export { DEMO_PERIOD_RANGE, DEMO_SEED, generateDemoValues } from './generate-demo-values.ts';
export { generateDemoPlanTargets, type DemoPlanTarget } from './plan-targets.ts';
export { generateDemoSubmissions, type DemoSubmission } from './submissions.ts';
export { generateYearlySubmissions, generateYearlyValues } from './yearly-figures.ts';
export { generateWeeklyDemoValues } from './weekly-values.ts';
export { generateWeeklySubmissions } from './weekly-submissions.ts';
