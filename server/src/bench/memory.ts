// Memory of what runs: this process (the API server, with the benchmark harness beside it), the
// Neo4j JVM's resident size from /proc, and its heap as the JVM reports it over JMX.
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';

export interface MemoryFigures {
  serverRssMb: number;
  serverHeapUsedMb: number;
  neo4jRssMb: number | null;
  neo4jHeapUsedMb: number | null;
  neo4jHeapCommittedMb: number | null;
  /** Why a figure is missing, when one is. */
  note?: string;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function rssOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

export async function readMemory(driver: Driver, neo4jPid: number): Promise<MemoryFigures> {
  const usage = process.memoryUsage();
  const out: MemoryFigures = {
    serverRssMb: mb(usage.rss),
    serverHeapUsedMb: mb(usage.heapUsed),
    neo4jRssMb: rssOf(neo4jPid),
    neo4jHeapUsedMb: null,
    neo4jHeapCommittedMb: null,
  };
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes",
    );
    const attributes = records[0]?.get('attributes') as
      { HeapMemoryUsage?: { value?: { properties?: Record<string, unknown> } } } | undefined;
    const heap = attributes?.HeapMemoryUsage?.value?.properties;
    if (heap) {
      out.neo4jHeapUsedMb = mb(Number(heap.used));
      out.neo4jHeapCommittedMb = mb(Number(heap.committed));
    } else out.note = 'dbms.queryJmx answered without HeapMemoryUsage';
  } catch (error) {
    out.note = `dbms.queryJmx: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`;
  }
  return out;
}
