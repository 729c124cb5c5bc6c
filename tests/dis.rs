//! The `dis` module lists gilpy's own instructions (they differ from CPython's opcodes, so
//! these tests check the content rather than a recorded golden).

use std::process::Command;

fn run(code: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("-c")
        .arg(code)
        .output()
        .expect("gilpy runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The listing's rows grouped by source line: (line, [(opname, operand)]).
fn by_line(listing: &str) -> Vec<(usize, Vec<(String, String)>)> {
    let mut groups: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    for row in listing.lines().filter(|l| !l.trim().is_empty()) {
        let line_col = row[..4].trim();
        let mut rest = row[4..].split_whitespace();
        rest.next().expect("an offset");
        let opname = rest.next().expect("an opname").to_string();
        let operand = rest.collect::<Vec<_>>().join(" ");
        if !line_col.is_empty() {
            groups.push((line_col.parse().expect("a line number"), Vec::new()));
        }
        groups
            .last_mut()
            .expect("a first line")
            .1
            .push((opname, operand));
    }
    groups
}

const COUNTER: &str = "import dis
counter = 0
def bump():
    global counter
    counter += 1
";

#[test]
fn an_augmented_assignment_is_a_load_an_add_and_a_store_on_its_line() {
    let out = run(&format!("{COUNTER}dis.dis(bump)\n"));
    let groups = by_line(&out);
    let (_, line5) = groups
        .iter()
        .find(|(line, _)| *line == 5)
        .unwrap_or_else(|| panic!("no line 5 in\n{out}"));
    let at = |pred: &dyn Fn(&(String, String)) -> bool| line5.iter().position(pred);
    let load = at(&|(op, arg)| op.starts_with("LOAD_") && arg.contains("(counter)"));
    let add = at(&|(_, arg)| arg == "(+)");
    let store = at(&|(op, arg)| op.starts_with("STORE_") && arg.contains("(counter)"));
    match (load, add, store) {
        (Some(l), Some(a), Some(s)) => assert!(l < a && a < s, "{out}"),
        _ => panic!("no load, add and store of counter on line 5:\n{out}"),
    }
    // Nothing of the function body is attributed to the lines before `def`.
    assert!(groups.iter().all(|(line, _)| *line == 5), "{out}");
}

#[test]
fn methods_code_objects_and_source_strings_are_listed() {
    let out = run("import dis
class Account:
    def withdraw(self, n):
        self.balance -= n
    @staticmethod
    def audit():
        return 0
dis.dis(Account)
print('--')
dis.dis(Account().withdraw)
print('--')
dis.dis('x = y * 2')
");
    let parts: Vec<&str> = out.split("--\n").collect();
    assert_eq!(parts.len(), 3, "{out}");
    let class_listing = parts[0];
    let audit = class_listing
        .find("Disassembly of audit:")
        .expect("audit listed");
    let withdraw = class_listing
        .find("Disassembly of withdraw:")
        .expect("withdraw listed");
    assert!(audit < withdraw, "methods in name order:\n{out}");
    assert!(class_listing.contains("(balance)"), "{out}");
    assert!(
        parts[1].contains("(balance)") && parts[1].contains("(-)"),
        "{out}"
    );
    let source = by_line(parts[2]);
    assert_eq!(source[0].0, 1, "{out}");
    assert!(
        source[0].1.iter().any(|(_, arg)| arg.contains("(y)")),
        "{out}"
    );
    assert!(source[0].1.iter().any(|(_, arg)| arg == "(*)"), "{out}");
}

#[test]
fn get_instructions_gives_the_rows_of_the_listing() {
    let out = run(&format!(
        "{COUNTER}import io
buf = io.StringIO()
dis.dis(bump, file=buf)
rows = [l.split() for l in buf.getvalue().splitlines() if l.strip()]
ins = dis.get_instructions(bump)
print(len(ins) == len(rows))
print(all(i.opname in r for i, r in zip(ins, rows)))
print([i.starts_line for i in ins if i.starts_line is not None])
print(ins[0].offset, ins[0].argrepr)
print(list(dis.Bytecode(bump)) == list(ins), dis.Bytecode(bump).dis() == buf.getvalue())
"
    ));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[..3], ["True", "True", "[5]"], "{out}");
    assert!(
        lines[3].starts_with("0 ") && lines[3].ends_with("(counter)"),
        "{out}"
    );
}
