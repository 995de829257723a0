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
//
// --max-inlined-bytecode-size-cumulative=460 (V8's default 920): TurboFan inlines half as much
// bytecode into each optimised function. The stages are many mid-sized functions called from a
// few large ones; inlining them all made each compile of a large function (findReportedSpeech,
// subjectBefore, addUnknownPeople) cost 50–300 ms, and compiling was a third of all the CPU of a
// run. Measured by instructions executed (cachegrind, `node --predictable`, deterministic to
// 0.03%): `analyze` on PolNeAR dev 22.25 G → 20.91 G (−6.0%), on PolNeAR dev ×5 56.26 G → 54.87 G
// (−2.5%: the longer the run, the smaller the share of compiling in it).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inline-array-builtins');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
