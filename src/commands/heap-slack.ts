// `compare` and `report` keep a small corpus view live while every article's result streams past
// as garbage. Left to itself, V8 lets such a heap grow to about four times what it keeps live
// before its next full collection, in each thread: with `--jobs 2` the peak memory of a run then
// rose from about 196 MB on the BASIL dev articles to about 300 MB on 8 copies of them (1.5×)
// and 360 MB on 32, though what stays live is flat. Growing each heap by at most half of what
// survives a collection keeps the peak at 201 / 257 / 268 MB (1.28× at 8×, 1.33× at 32×) for about
// 3% more CPU (farm-bench, `compare --format json`, 8 copies, `--jobs 2`, n = 5). The flag is
// V8's own and belongs to the process, so the worker threads started later run under it too.
import { setFlagsFromString } from 'node:v8';

export function keepHeapSlackSmall(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
