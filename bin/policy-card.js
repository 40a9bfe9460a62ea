#!/usr/bin/env node
// Entry point of the `policy-card` command; the code lives in dist/ (built by `npm install`).
import { runMain } from '../dist/cli/main.js';

await runMain();
