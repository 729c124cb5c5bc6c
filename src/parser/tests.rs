use super::*;

#[test]
fn smoke() {
    for src in [
        "x = 1\n",
        "if x:\n    y = 2\nelse:\n    z\n",
        "print(f'{a!r:>{w}} {b=}')\n",
    ] {
        println!("{:?}", parse_module(src));
    }
}
