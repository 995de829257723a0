// V8 settings for the analysis, made when the CLI starts, before any hot code is optimised. V8
// flags belong to the process, so `--jobs` worker threads (started later) run under them too.
// Only src/cli.ts imports this module: setting these flags in a process that has already run
// (a test runner's worker importing a command) crashed it now and then, so nothing else may.
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
// --max-inlined-bytecode-size-cumulative=230 (V8's default 920): TurboFan inlines a quarter as
// much bytecode into each optimised function. The stages are many mid-sized functions called from a
// few large ones; inlining them all made each compile of a large function (findReportedSpeech,
// subjectBefore, addUnknownPeople) cost 50–300 ms, and compiling was a third of all the CPU of a
// run. Measured by instructions executed (cachegrind, `node --predictable`, deterministic to
// 0.03%): `analyze` on PolNeAR dev 22.25 G → 20.91 G (−6.0%), on PolNeAR dev ×5 56.26 G → 54.87 G
// (−2.5%: the longer the run, the smaller the share of compiling in it). Halving it again, to
// 230, with --no-turbo-loop-peeling (TurboFan then compiles each loop once, instead of also a copy of
// its first iteration): 22.45 G →
// 20.24 G (−9.8%) and 55.87 G → 54.20 G (−3.0%); each flag alone gave about half of that, and
// 120 instead of 230 gave less on ×5 (54.40 G). In a `perf` profile of the first 604
// articles on one core, TurboFan's compiler still took a third of the samples.
//
// --no-regexp-tier-up: a regex is compiled to machine code when first run, not first to
// bytecode for V8's regex interpreter and then again to machine code when run a second time.
// Nearly every regex of the stages runs more than once, so the bytecode was compiled for nothing,
// and compiling a regex is costly here: each \p{L}, \p{Lu}, … in it is looked up in ICU, some
// 360,000 instructions each time. Measured by instructions executed (cachegrind, `node
// --predictable`): `analyze` on PolNeAR dev 24.24 G → 23.29 G (−3.9%). Output is the same: both
// engines match alike.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inline-array-builtins');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
setFlagsFromString('--no-turbo-loop-peeling');
setFlagsFromString('--no-regexp-tier-up');
