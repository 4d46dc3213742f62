#!/usr/bin/env node
// The `tokenless` command: the committed bundle of packages/cli/src (npm run build).
import '../dist/index.js'
