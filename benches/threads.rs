//! Criterion benchmarks of threads: CPU-bound work over 1, 2 and 4 threads with the GIL
//! on and off, and the cost of starting and joining a thread. The comparison with
//! CPython and the latency figures live in `scripts/bench_threads.py`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use gilpy::source::SourceFile;
use gilpy::vm::{interpreter, Options};

fn run(text: &str, gil: bool) {
    let source = SourceFile::new("threads.py", text);
    let options = Options {
        gil,
        ..Options::default()
    };
    assert_eq!(interpreter::run_main(source, options), 0);
}

fn cpu_work(threads: usize) -> String {
    format!(
        "import threading
def work(n):
    i = 0
    while i < n:
        i += 1
ts = [threading.Thread(target=work, args=(1_000_000 // {threads},)) for _ in range({threads})]
for t in ts:
    t.start()
for t in ts:
    t.join()
"
    )
}

fn cpu_bound(c: &mut Criterion) {
    let mut g = c.benchmark_group("cpu_1m_iterations");
    g.sample_size(10);
    for gil in [true, false] {
        for threads in [1, 2, 4] {
            let mode = if gil { "gil" } else { "nogil" };
            let text = cpu_work(threads);
            g.bench_with_input(BenchmarkId::new(mode, threads), &text, |b, text| {
                b.iter(|| run(text, gil))
            });
        }
    }
    g.finish();
}

fn start_join(c: &mut Criterion) {
    let mut g = c.benchmark_group("threads");
    g.sample_size(10);
    g.bench_function("start_join_100", |b| {
        b.iter(|| {
            run(
                "import threading
for _ in range(100):
    t = threading.Thread(target=len, args=((),))
    t.start()
    t.join()
",
                true,
            )
        })
    });
    g.finish();
}

criterion_group!(benches, cpu_bound, start_join);
criterion_main!(benches);
