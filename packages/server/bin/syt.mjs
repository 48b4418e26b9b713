#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: one less build step between a clone and a running SYT.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
