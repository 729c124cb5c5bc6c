//! Criterion benchmarks of the pipeline's stages: lex+parse+compile of a large source, and
//! running small programs (an empty loop, recursive calls, float arithmetic).
//! The comparison with CPython lives in `scripts/bench.sh`; these track gilpy over time.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use gilpy::source::SourceFile;
use gilpy::vm::{interpreter, Options};

/// A few thousand lines of varied code, made by repeating a block with fresh names.
fn large_source() -> String {
    let block = "
def func_N(a, b=2, *args, key=None, **kw):
    total = 0
    for i in range(a):
        if i % 3 == 0 and not key:
            total += i * b
        elif i > 10:
            total -= (i // 2) ** 2
        else:
            continue
    while total > 100:
        total = total - 7
    return [total, f\"{total:>8}\", (a, b), {'k': total}]

x_N = func_N(10) + [1.5e3, 0x1f, 'str\\n', \"\"\"doc\"\"\"]
";
    (0..300)
        .map(|i| block.replace('N', &i.to_string()))
        .collect()
}

fn run(name: &str, text: &str) {
    let source = SourceFile::new(name, text);
    let status = interpreter::run_main(Some(source), Options::default(), false);
    assert_eq!(status, 0, "{name} failed");
}

fn compile(c: &mut Criterion) {
    let text = large_source();
    let source: Arc<SourceFile> = SourceFile::new("large.py", text);
    c.bench_function("lex_parse_compile_large", |b| {
        b.iter(|| gilpy::compiler::compile(&source, &mut Vec::new()).expect("compiles"))
    });
}

fn execute(c: &mut Criterion) {
    let mut g = c.benchmark_group("run");
    g.sample_size(10);
    g.bench_function("empty_loop_1m", |b| {
        b.iter(|| run("loop.py", "for i in range(1_000_000):\n    pass\n"))
    });
    g.bench_function("fib_25", |b| {
        b.iter(|| {
            run(
                "fib.py",
                "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(25)\n",
            )
        })
    });
    g.bench_function("float_arith_300k", |b| {
        b.iter(|| {
            run(
                "float.py",
                "x = 0.0\ny = 1.5\nfor i in range(300_000):\n    x = x * 0.5 + y / 3.0 - 0.25\n",
            )
        })
    });
    g.finish();
}

criterion_group!(benches, compile, execute);
criterion_main!(benches);
