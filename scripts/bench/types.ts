// The contract every benchmark part follows: run, then return tables the runner prints.
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** One line per target: "ok"/"MISS" is decided by the part, the runner only prints it. */
  targets?: { name: string; target: string; measured: string; ok: boolean }[];
}

export interface BenchContext {
  /** Scratch folder for this run (synthetic sites, builds). */
  workDir: string;
  /** Quick mode (`npm run bench -- --quick`): smaller sizes, for a smoke run. */
  quick: boolean;
  log: (message: string) => void;
}

export interface BenchPart {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchTable[]>;
}
