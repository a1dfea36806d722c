// Peak resident memory of this process while a synchronous call runs: a worker thread samples
// process.memoryUsage.rss() every millisecond and keeps the maximum in shared memory.
import { Worker } from "node:worker_threads";

const SAMPLER = `
const { workerData } = require("node:worker_threads");
const peak = new Float64Array(workerData);
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
}, 1);
`;

export class PeakRss {
  constructor() {
    this.shared = new SharedArrayBuffer(8);
    this.peak = new Float64Array(this.shared);
    this.worker = new Worker(SAMPLER, { eval: true, workerData: this.shared });
    this.worker.unref();
  }

  /** Starts a measurement: the peak is the current RSS. */
  reset() {
    this.peak[0] = process.memoryUsage.rss();
  }

  /** The highest RSS (bytes) seen since reset(), including now. */
  read() {
    return Math.max(this.peak[0], process.memoryUsage.rss());
  }

  /** Lets the sampler catch up after a long synchronous call. */
  async settle() {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async stop() {
    await this.worker.terminate();
  }
}
