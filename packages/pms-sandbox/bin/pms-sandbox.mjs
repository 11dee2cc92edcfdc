#!/usr/bin/env node
// The package ships TypeScript (docs/decisions/012): tsx's loader runs it as it is, no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
