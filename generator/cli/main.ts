#!/usr/bin/env node
// The `docs2ts` executable: everything lives in program.ts so that tests can run the CLI in-process.
import { EXIT_USAGE, main } from "./program.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_USAGE;
  },
);
