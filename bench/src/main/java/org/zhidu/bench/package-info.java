/** Benchmarks: JMH for in-process throughput, and end-to-end timings of the real command line. */
package org.zhidu.bench;
