// V8 settings for the analysis, made when the CLI starts, before any hot code is optimised. V8
// flags belong to the process, so `--jobs` worker threads (started later) run under them too.
//
// --no-turbo-inline-array-builtins: optimised code then calls the array builtins (`map`,
// `filter`, spread, …) instead of inlining them. Inlined, they return HOLEY arrays where the
// builtins return PACKED ones, so each time a stage's function is optimised or deoptimised the
// arrays it hands on change shape, and every later function iterating them deoptimises in turn:
// about 115 deoptimisations over PolNeAR dev ×3 in one thread (45 with the flag), and each costs
// a recompilation of a large function (up to 0.5 s for findActors). Measured on `analyze --format
// jsonl`, PolNeAR dev ×5, `--jobs 1` pinned: about 0.83× the CPU. Output is the same: the flag
// changes how V8 compiles, never what the code computes.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inline-array-builtins');
