// Expected outputs were produced by CPython 3.11 (`template.format(*args, **kwargs)`).
use super::*;
use crate::objects::format_spec;
use num_bigint::BigInt;

/// A miniature Python value, enough to drive the engine the way the VM will.
#[derive(Clone, Debug)]
enum V {
    I(BigInt),
    F(f64),
    S(String),
    L(Vec<V>),
    D(Vec<(String, V)>),
}

fn i(n: i64) -> V {
    V::I(BigInt::from(n))
}
fn f(x: f64) -> V {
    V::F(x)
}
fn s(text: &str) -> V {
    V::S(text.to_string())
}
fn l(items: Vec<V>) -> V {
    V::L(items)
}
fn d(items: Vec<(&str, V)>) -> V {
    V::D(items.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn type_name(v: &V) -> &'static str {
    match v {
        V::I(_) => "int",
        V::F(_) => "float",
        V::S(_) => "str",
        V::L(_) => "list",
        V::D(_) => "dict",
    }
}

fn py_repr(v: &V) -> String {
    match v {
        V::I(n) => n.to_string(),
        V::F(x) => format!("{x:?}"),
        V::S(s) => format!("'{s}'"),
        V::L(items) => format!(
            "[{}]",
            items.iter().map(py_repr).collect::<Vec<_>>().join(", ")
        ),
        V::D(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("'{k}': {}", py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn py_str(v: &V) -> String {
    match v {
        V::S(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python exceptions as "Name: message", the way the oracle printed them.
#[derive(Debug)]
struct E(String);

impl From<FormatTemplateError> for E {
    fn from(e: FormatTemplateError) -> E {
        E(format!("ValueError: {}", e.0))
    }
}

struct Src {
    args: Vec<V>,
    kwargs: Vec<(&'static str, V)>,
}

impl FormatSource for Src {
    type Value = V;
    type Error = E;

    fn field(&mut self, key: FieldKey<'_>) -> Result<V, E> {
        match key {
            FieldKey::Index(n) => self
                .args
                .get(n)
                .cloned()
                .ok_or_else(|| E(format!("IndexError: {}", replacement_index_error(n)))),
            FieldKey::Name(name) => self
                .kwargs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| E(format!("KeyError: '{name}'"))),
        }
    }
    fn attr(&mut self, value: V, name: &str) -> Result<V, E> {
        match (&value, name) {
            (V::I(_), "real") => Ok(value),
            (V::I(_), "imag") => Ok(i(0)),
            _ => Err(E(format!(
                "AttributeError: '{}' object has no attribute '{name}'",
                type_name(&value)
            ))),
        }
    }
    fn item(&mut self, value: V, key: ItemKey<'_>) -> Result<V, E> {
        match (&value, key) {
            (V::L(items), ItemKey::Index(n)) => items
                .get(n)
                .cloned()
                .ok_or_else(|| E("IndexError: list index out of range".into())),
            (V::S(text), ItemKey::Index(n)) => text
                .chars()
                .nth(n)
                .map(|c| V::S(c.to_string()))
                .ok_or_else(|| E("IndexError: string index out of range".into())),
            (V::D(items), ItemKey::Name(k)) => items
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| E(format!("KeyError: '{k}'"))),
            (V::D(_), ItemKey::Index(n)) => Err(E(format!("KeyError: {n}"))),
            (other, _) => Err(E(format!(
                "TypeError: '{}' object is not subscriptable",
                type_name(other)
            ))),
        }
    }
    fn convert(&mut self, value: V, conversion: char) -> Result<V, E> {
        let text = match conversion {
            's' => py_str(&value),
            'r' => py_repr(&value),
            _ => py_repr(&value)
                .chars()
                .map(|c| match c as u32 {
                    0..=0x7f => c.to_string(),
                    n @ 0x80..=0xff => format!("\\x{n:02x}"),
                    n => format!("\\u{n:04x}"),
                })
                .collect(),
        };
        Ok(V::S(text))
    }
    fn format(&mut self, value: V, spec: &str) -> Result<String, E> {
        if spec.is_empty() {
            return Ok(py_str(&value));
        }
        let ty = type_name(&value);
        let parsed = format_spec::parse(spec, ty).map_err(|m| E(format!("ValueError: {m}")))?;
        let result = match &value {
            V::I(n) => format_spec::format_int(n, &parsed, ty).map_err(|e| e.message().to_string()),
            V::F(x) => format_spec::format_float(*x, &parsed, ty),
            V::S(text) => format_spec::format_str(text, &parsed, ty),
            _ => {
                return Err(E(format!(
                    "TypeError: unsupported format string passed to {ty}.__format__"
                )))
            }
        };
        result.map_err(|m| E(format!("ValueError: {m}")))
    }
}

fn check(template: &str, args: Vec<V>, kwargs: Vec<(&'static str, V)>, expected: &str) {
    let mut source = Src { args, kwargs };
    let got = match format_template(template, &mut source) {
        Ok(text) => format!("OK:{text}"),
        Err(E(message)) => message,
    };
    assert_eq!(got, expected, "template {template:?}");
}

#[test]
fn case_001() {
    check("{} {}", vec![i(1), i(2)], vec![], "OK:1 2");
}

#[test]
fn case_002() {
    check("{0} {1} {0}", vec![s("a"), s("b")], vec![], "OK:a b a");
}

#[test]
fn case_003() {
    check("{name}!", vec![], vec![("name", s("x"))], "OK:x!");
}

#[test]
fn case_004() {
    check("{0.real}", vec![i(5)], vec![], "OK:5");
}

#[test]
fn case_005() {
    check("{0[1]}", vec![l(vec![i(1), i(2)])], vec![], "OK:2");
}

#[test]
fn case_006() {
    check("{0[a]}", vec![d(vec![("a", i(3))])], vec![], "OK:3");
}

#[test]
fn case_007() {
    check(
        "{0[a][b]}",
        vec![d(vec![("a", d(vec![("b", i(7))]))])],
        vec![],
        "OK:7",
    );
}

#[test]
fn case_008() {
    check("{0!r}", vec![s("x")], vec![], "OK:'x'");
}

#[test]
fn case_009() {
    check("{0!s}", vec![s("x")], vec![], "OK:x");
}

#[test]
fn case_010() {
    check("{0!a}", vec![s("\u{e9}")], vec![], "OK:'\\xe9'");
}

#[test]
fn case_011() {
    check("{:>5}", vec![s("ab")], vec![], "OK:   ab");
}

#[test]
fn case_012() {
    check("{:{}}", vec![s("a"), i(5)], vec![], "OK:a    ");
}

#[test]
fn case_013() {
    check(
        "{0:{1}}",
        vec![i(1)],
        vec![],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
}

#[test]
fn case_014() {
    check("{{}}", vec![], vec![], "OK:{}");
}

#[test]
fn case_015() {
    check("{{{0}}}", vec![i(1)], vec![], "OK:{1}");
}

#[test]
fn case_016() {
    check(
        "{0!}",
        vec![i(1)],
        vec![],
        "ValueError: unmatched '{' in format spec",
    );
}

#[test]
fn case_017() {
    check(
        "{!}",
        vec![i(1)],
        vec![],
        "ValueError: unmatched '{' in format spec",
    );
}

#[test]
fn case_018() {
    check(
        "{0!r",
        vec![i(1)],
        vec![],
        "ValueError: unmatched '{' in format spec",
    );
}

#[test]
fn case_019() {
    check(
        "{0!rx}",
        vec![i(1)],
        vec![],
        "ValueError: expected ':' after conversion specifier",
    );
}

#[test]
fn case_020() {
    check(
        "{0!x}",
        vec![i(1)],
        vec![],
        "ValueError: Unknown conversion specifier x",
    );
}

#[test]
fn case_021() {
    check(
        "{0!\u{1234}}",
        vec![i(1)],
        vec![],
        "ValueError: Unknown conversion specifier \\x1234",
    );
}

#[test]
fn case_022() {
    check(
        "{0[}",
        vec![i(1)],
        vec![],
        "ValueError: expected '}' before end of string",
    );
}

#[test]
fn case_023() {
    check("{0[a:b]}", vec![d(vec![("a:b", i(3))])], vec![], "OK:3");
}

#[test]
fn case_024() {
    check(
        "{0[a]x}",
        vec![d(vec![("a", i(3))])],
        vec![],
        "ValueError: Only '.' or '[' may follow ']' in format field specifier",
    );
}

#[test]
fn case_025() {
    check(
        "{0.}",
        vec![i(1)],
        vec![],
        "ValueError: Empty attribute in format string",
    );
}

#[test]
fn case_026() {
    check(
        "{0..real}",
        vec![i(1)],
        vec![],
        "ValueError: Empty attribute in format string",
    );
}

#[test]
fn case_027() {
    check(
        "{0[]}",
        vec![d(vec![("", i(1))])],
        vec![],
        "ValueError: Empty attribute in format string",
    );
}

#[test]
fn case_028() {
    check(
        "{a{}",
        vec![i(1)],
        vec![],
        "ValueError: unexpected '{' in field name",
    );
}

#[test]
fn case_029() {
    check(
        "{",
        vec![],
        vec![],
        "ValueError: Single '{' encountered in format string",
    );
}

#[test]
fn case_030() {
    check(
        "}",
        vec![],
        vec![],
        "ValueError: Single '}' encountered in format string",
    );
}

#[test]
fn case_031() {
    check(
        "a}b",
        vec![],
        vec![],
        "ValueError: Single '}' encountered in format string",
    );
}

#[test]
fn case_032() {
    check(
        "{}}",
        vec![i(1)],
        vec![],
        "ValueError: Single '}' encountered in format string",
    );
}

#[test]
fn case_033() {
    check(
        "{0:{1:{2}}}",
        vec![s("abc"), s("s"), s("")],
        vec![],
        "ValueError: Max string recursion exceeded",
    );
}

#[test]
fn case_034() {
    check(
        "{0:{{}}}",
        vec![i(1)],
        vec![],
        "ValueError: Invalid format specifier '{}' for object of type 'int'",
    );
}

#[test]
fn case_035() {
    check("{0:{a}}", vec![i(1)], vec![], "KeyError: 'a'");
}

#[test]
fn case_036() {
    check(
        "{} {1}",
        vec![i(1), i(2)],
        vec![],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
}

#[test]
fn case_037() {
    check(
        "{1} {}",
        vec![i(1), i(2)],
        vec![],
        "ValueError: cannot switch from manual field specification to automatic field numbering",
    );
}

#[test]
fn case_038() {
    check("{a} {}", vec![i(2)], vec![("a", i(1))], "OK:1 2");
}

#[test]
fn case_039() {
    check("{0:}", vec![i(1)], vec![], "OK:1");
}

#[test]
fn case_040() {
    check(
        "{0",
        vec![i(1)],
        vec![],
        "ValueError: expected '}' before end of string",
    );
}

#[test]
fn case_041() {
    check(
        "{0:",
        vec![i(1)],
        vec![],
        "ValueError: unmatched '{' in format spec",
    );
}

#[test]
fn case_042() {
    check(
        "{0:x",
        vec![i(1)],
        vec![],
        "ValueError: unmatched '{' in format spec",
    );
}

#[test]
fn case_043() {
    check(
        "{99999999999999999999}",
        vec![i(1)],
        vec![],
        "ValueError: Too many decimal digits in format string",
    );
}

#[test]
fn case_044() {
    check(
        "{0[99999999999999999999]}",
        vec![l(vec![i(1)])],
        vec![],
        "ValueError: Too many decimal digits in format string",
    );
}

#[test]
fn case_045() {
    check("{ 0}", vec![i(1)], vec![], "KeyError: ' 0'");
}

#[test]
fn case_046() {
    check("{-1}", vec![i(1)], vec![], "KeyError: '-1'");
}

#[test]
fn case_047() {
    check(
        "{0}}",
        vec![i(1)],
        vec![],
        "ValueError: Single '}' encountered in format string",
    );
}

#[test]
fn case_048() {
    check("{[0]}", vec![l(vec![i(5)])], vec![], "OK:5");
}

#[test]
fn case_049() {
    check("{.real}", vec![i(3)], vec![], "OK:3");
}

#[test]
fn case_050() {
    check(
        "{0[0]x}",
        vec![l(vec![i(1)])],
        vec![],
        "ValueError: Only '.' or '[' may follow ']' in format field specifier",
    );
}

#[test]
fn case_051() {
    check("{0!r:>{1}}", vec![s("a"), i(5)], vec![], "OK:  'a'");
}

#[test]
fn case_052() {
    check(
        "{0:}}",
        vec![i(1)],
        vec![],
        "ValueError: Single '}' encountered in format string",
    );
}

#[test]
fn case_053() {
    check(
        "{:{:{}}}",
        vec![i(1), i(2), i(3)],
        vec![],
        "ValueError: Max string recursion exceeded",
    );
}

#[test]
fn case_054() {
    check(
        "{:s}",
        vec![i(1)],
        vec![],
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
}

#[test]
fn case_055() {
    check("{0[-1]}", vec![d(vec![("-1", i(5))])], vec![], "OK:5");
}

#[test]
fn case_056() {
    check("{0[ 1]}", vec![d(vec![(" 1", i(5))])], vec![], "OK:5");
}

#[test]
fn case_057() {
    check("{0!s:}", vec![i(1)], vec![], "OK:1");
}

#[test]
fn case_058() {
    check("{0!s}x", vec![i(1)], vec![], "OK:1x");
}

#[test]
fn case_059() {
    check(
        "x{}",
        vec![],
        vec![],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
}

#[test]
fn case_060() {
    check("{0.imag}{0.real}", vec![i(4)], vec![], "OK:04");
}

#[test]
fn case_061() {
    check(
        "{0.nope}",
        vec![i(4)],
        vec![],
        "AttributeError: 'int' object has no attribute 'nope'",
    );
}

#[test]
fn case_062() {
    check(
        "{0[5]}",
        vec![l(vec![i(1)])],
        vec![],
        "IndexError: list index out of range",
    );
}

#[test]
fn case_063() {
    check(
        "{:05d}|{:<4}|{:^7.2f}",
        vec![i(42), s("ab"), f(5.14159)],
        vec![],
        "OK:00042|ab  | 5.14  ",
    );
}

#[test]
fn case_064() {
    check(
        "{0:x} {0:#o} {0:b}",
        vec![i(255)],
        vec![],
        "OK:ff 0o377 11111111",
    );
}

#[test]
fn case_065() {
    check(
        "\u{e9}{}\u{e9}",
        vec![s("\u{20ac}")],
        vec![],
        "OK:\u{e9}\u{20ac}\u{e9}",
    );
}

#[test]
fn case_066() {
    check("{:{}{}}", vec![s("x"), s(">"), i(4)], vec![], "OK:   x");
}

#[test]
fn case_067() {
    check(
        "{0}{1}{0}",
        vec![s("ab")],
        vec![],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
}

#[test]
fn case_068() {
    check("{:,}", vec![i(1234567)], vec![], "OK:1,234,567");
}

#[test]
fn case_069() {
    check("{0[0]}", vec![s("xyz")], vec![], "OK:x");
}

#[test]
fn case_070() {
    check("{x.real}", vec![], vec![("x", i(7))], "OK:7");
}

#[test]
fn case_071() {
    check("{1[0].real}", vec![i(0), l(vec![i(9)])], vec![], "OK:9");
}

#[test]
fn case_072() {
    check("{!r:^9}", vec![s("hi")], vec![], "OK:  'hi'   ");
}

#[test]
fn case_073() {
    check(
        "{0:{a}{b}}",
        vec![i(5)],
        vec![("a", s(">")), ("b", i(3))],
        "OK:  5",
    );
}

#[test]
fn case_074() {
    check("plain", vec![], vec![], "OK:plain");
}

#[test]
fn case_075() {
    check("", vec![], vec![], "OK:");
}

#[test]
fn case_076() {
    check("{0:=^10}", vec![s("mid")], vec![], "OK:===mid====");
}

#[test]
fn case_077() {
    check(
        "{}{}",
        vec![s("a")],
        vec![],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
}

#[test]
fn case_078() {
    check("{:{}}{}", vec![s("a"), i(3), s("b")], vec![], "OK:a  b");
}
