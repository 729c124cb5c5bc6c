// Expected outputs were produced by CPython 3.11 (`format % operand`).
use super::*;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

/// A miniature Python value, enough to drive the engine the way the VM will.
#[derive(Clone, Debug)]
enum V {
    I(BigInt),
    B(bool),
    F(f64),
    S(String),
    T(Vec<V>),
    L(Vec<V>),
    D(Vec<(String, V)>),
    N,
}

fn i(n: i64) -> V {
    V::I(BigInt::from(n))
}
fn big(digits: &str) -> V {
    V::I(digits.parse().unwrap())
}
fn f(x: f64) -> V {
    V::F(x)
}
fn s(text: &str) -> V {
    V::S(text.to_string())
}
fn t(items: Vec<V>) -> V {
    V::T(items)
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
        V::B(_) => "bool",
        V::F(_) => "float",
        V::S(_) => "str",
        V::T(_) => "tuple",
        V::L(_) => "list",
        V::D(_) => "dict",
        V::N => "NoneType",
    }
}

fn py_str(v: &V) -> String {
    match v {
        V::S(s) => s.clone(),
        other => py_repr(other),
    }
}

fn py_repr(v: &V) -> String {
    match v {
        V::I(n) => n.to_string(),
        V::B(b) => if *b { "True" } else { "False" }.to_string(),
        V::F(x) => format!("{x:?}"),
        V::S(s) => format!("'{s}'"),
        V::T(items) => format!(
            "({}{})",
            items.iter().map(py_repr).collect::<Vec<_>>().join(", "),
            if items.len() == 1 { "," } else { "" }
        ),
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
        V::N => "None".to_string(),
    }
}

fn ascii(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0..=0x7f => c.to_string(),
            n @ 0x80..=0xff => format!("\\x{n:02x}"),
            n @ 0x100..=0xffff => format!("\\u{n:04x}"),
            n => format!("\\U{n:08x}"),
        })
        .collect()
}

#[derive(Debug)]
enum E {
    P(PercentError),
    Key(String),
    Type(String),
    Overflow(String),
}

impl From<PercentError> for E {
    fn from(e: PercentError) -> E {
        E::P(e)
    }
}

impl E {
    fn render(&self) -> String {
        match self {
            E::P(e) => {
                let kind = match e.kind {
                    PercentErrorKind::Type => "TypeError",
                    PercentErrorKind::Value => "ValueError",
                    PercentErrorKind::Overflow => "OverflowError",
                };
                format!("{kind}: {}", e.message)
            }
            E::Key(k) => format!("KeyError: '{k}'"),
            E::Type(m) => format!("TypeError: {m}"),
            E::Overflow(m) => format!("OverflowError: {m}"),
        }
    }
}

struct Src(V);

impl PercentSource for Src {
    type Value = V;
    type Error = E;

    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            V::T(items) => Some(items.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.0, V::D(_) | V::L(_))
    }
    fn item(&mut self, index: usize) -> V {
        match &self.0 {
            V::T(items) => items[index].clone(),
            _ => unreachable!(),
        }
    }
    fn whole(&mut self) -> V {
        self.0.clone()
    }
    fn by_key(&mut self, key: &str) -> Result<V, E> {
        match &self.0 {
            V::D(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| E::Key(key.to_string())),
            other => Err(E::Type(format!(
                "{} indices must be integers or slices, not str",
                type_name(other)
            ))),
        }
    }
    fn star_int(&mut self, value: &V) -> Result<Option<i64>, E> {
        match value {
            V::I(n) => n
                .to_i64()
                .map(Some)
                .ok_or_else(|| E::Overflow("Python int too large to convert to C ssize_t".into())),
            V::B(b) => Ok(Some(i64::from(*b))),
            _ => Ok(None),
        }
    }
    fn convert(&mut self, value: V, conversion: char) -> Result<PercentArg, E> {
        let fail = |v: &V| Err(conversion_type_error(conversion, type_name(v)).into());
        Ok(match (conversion, &value) {
            ('s', v) => PercentArg::Str(py_str(v)),
            ('r', v) => PercentArg::Str(py_repr(v)),
            ('a', v) => PercentArg::Str(ascii(&py_repr(v))),
            (_, V::I(n)) => match conversion {
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentArg::Float(n.to_f64().unwrap()),
                _ => PercentArg::Int(n.clone()),
            },
            (_, V::B(b)) => match conversion {
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentArg::Float(f64::from(u8::from(*b))),
                _ => PercentArg::Int(BigInt::from(u8::from(*b))),
            },
            ('d' | 'i' | 'u', V::F(x)) => PercentArg::Int(BigInt::from_f64(x.trunc()).unwrap()),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', V::F(x)) => PercentArg::Float(*x),
            ('c', V::S(text)) => PercentArg::Str(text.clone()),
            (_, v) => return fail(v),
        })
    }
}

fn check(format: &str, operand: V, expected: &str) {
    let got = match percent_format(format, &mut Src(operand)) {
        Ok(text) => format!("OK:{text}"),
        Err(e) => e.render(),
    };
    assert_eq!(got, expected, "format {format:?}");
}

#[test]
fn case_001() {
    check(
        "%s %d %5.2f %x %r %%",
        t(vec![s("a"), i(42), f(5.14159), i(255), s("b")]),
        "OK:a 42  5.14 ff 'b' %",
    );
}

#[test]
fn case_002() {
    check(
        "%5%",
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_003() {
    check(
        "%5%",
        i(1),
        "ValueError: unsupported format character '%' (0x25) at index 2",
    );
}

#[test]
fn case_004() {
    check(
        "%%",
        i(5),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_005() {
    check("%%", t(vec![]), "OK:%");
}

#[test]
fn case_006() {
    check(
        "%z",
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_007() {
    check(
        "%z",
        i(1),
        "ValueError: unsupported format character 'z' (0x7a) at index 1",
    );
}

#[test]
fn case_008() {
    check("ab%", i(1), "ValueError: incomplete format");
}

#[test]
fn case_009() {
    check("%5", i(1), "ValueError: incomplete format");
}

#[test]
fn case_010() {
    check(
        "%(a",
        d(vec![("a", i(1))]),
        "ValueError: incomplete format key",
    );
}

#[test]
fn case_011() {
    check("%(a)s", i(1), "TypeError: format requires a mapping");
}

#[test]
fn case_012() {
    check(
        "%(a)s %s",
        d(vec![("a", i(1))]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_013() {
    check(
        "abc",
        i(5),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_014() {
    check("abc", t(vec![]), "OK:abc");
}

#[test]
fn case_015() {
    check("abc", l(vec![]), "OK:abc");
}

#[test]
fn case_016() {
    check("%s", l(vec![i(1)]), "OK:[1]");
}

#[test]
fn case_017() {
    check(
        "%s %s",
        t(vec![i(1)]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_018() {
    check(
        "%s",
        t(vec![i(1), i(2)]),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_019() {
    check(
        "%d",
        s("x"),
        "TypeError: %d format: a real number is required, not str",
    );
}

#[test]
fn case_020() {
    check(
        "%i",
        s("x"),
        "TypeError: %i format: a real number is required, not str",
    );
}

#[test]
fn case_021() {
    check(
        "%u",
        s("x"),
        "TypeError: %u format: a real number is required, not str",
    );
}

#[test]
fn case_022() {
    check(
        "%x",
        s("x"),
        "TypeError: %x format: an integer is required, not str",
    );
}

#[test]
fn case_023() {
    check(
        "%x",
        f(3.0),
        "TypeError: %x format: an integer is required, not float",
    );
}

#[test]
fn case_024() {
    check("%d", f(3.7), "OK:3");
}

#[test]
fn case_025() {
    check("%f", s("x"), "TypeError: must be real number, not str");
}

#[test]
fn case_026() {
    check("%c", s("ab"), "TypeError: %c requires int or char");
}

#[test]
fn case_027() {
    check("%c", f(1.0), "TypeError: %c requires int or char");
}

#[test]
fn case_028() {
    check(
        "%c",
        i(1114112),
        "OverflowError: %c arg not in range(0x110000)",
    );
}

#[test]
fn case_029() {
    check("%c", i(-1), "OverflowError: %c arg not in range(0x110000)");
}

#[test]
fn case_030() {
    check("%*d", t(vec![s("a"), i(1)]), "TypeError: * wants int");
}

#[test]
fn case_031() {
    check("%.*f", t(vec![s("a"), f(1.0)]), "TypeError: * wants int");
}

#[test]
fn case_032() {
    check("%*d", t(vec![i(-5), i(1)]), "OK:1    ");
}

#[test]
fn case_033() {
    check("%.*f", t(vec![i(-3), f(1.0)]), "OK:1");
}

#[test]
fn case_034() {
    check("%05s", s("ab"), "OK:   ab");
}

#[test]
fn case_035() {
    check("%-05d", i(-3), "OK:-3   ");
}

#[test]
fn case_036() {
    check("%05d", i(-3), "OK:-0003");
}

#[test]
fn case_037() {
    check("%+d", i(3), "OK:+3");
}

#[test]
fn case_038() {
    check("% d", i(3), "OK: 3");
}

#[test]
fn case_039() {
    check("%+ d", i(3), "OK:+3");
}

#[test]
fn case_040() {
    check("%#x", i(255), "OK:0xff");
}

#[test]
fn case_041() {
    check("%#X", i(255), "OK:0XFF");
}

#[test]
fn case_042() {
    check("%#o", i(8), "OK:0o10");
}

#[test]
fn case_043() {
    check("%#.5x", i(255), "OK:0x000ff");
}

#[test]
fn case_044() {
    check("%#8.5x", i(255), "OK: 0x000ff");
}

#[test]
fn case_045() {
    check("%#08x", i(255), "OK:0x0000ff");
}

#[test]
fn case_046() {
    check("%.3d", i(-5), "OK:-005");
}

#[test]
fn case_047() {
    check("%08.3d", i(-5), "OK:-0000005");
}

#[test]
fn case_048() {
    check("%x", i(-255), "OK:-ff");
}

#[test]
fn case_049() {
    check("%#x", i(-255), "OK:-0xff");
}

#[test]
fn case_050() {
    check("%#o", i(-8), "OK:-0o10");
}

#[test]
fn case_051() {
    check("%05f", f(f64::INFINITY), "OK:00inf");
}

#[test]
fn case_052() {
    check("%+f", f(f64::NAN), "OK:+nan");
}

#[test]
fn case_053() {
    check("%-8.2f|", f(5.14159), "OK:5.14    |");
}

#[test]
fn case_054() {
    check("%08.2f", f(-5.14159), "OK:-0005.14");
}

#[test]
fn case_055() {
    check("%+.2e", f(12345.678), "OK:+1.23e+04");
}

#[test]
fn case_056() {
    check("%g", f(1e-05), "OK:1e-05");
}

#[test]
fn case_057() {
    check("%#g", f(1.0), "OK:1.00000");
}

#[test]
fn case_058() {
    check("%G", f(1e+20), "OK:1E+20");
}

#[test]
fn case_059() {
    check("%.0f", f(2.5), "OK:2");
}

#[test]
fn case_060() {
    check("%#.0f", f(2.5), "OK:2.");
}

#[test]
fn case_061() {
    check(
        "%lld",
        i(5),
        "ValueError: unsupported format character 'l' (0x6c) at index 2",
    );
}

#[test]
fn case_062() {
    check("%hd %ld %Ld", t(vec![i(1), i(2), i(3)]), "OK:1 2 3");
}

#[test]
fn case_063() {
    check("%5.2s|", s("abcdef"), "OK:   ab|");
}

#[test]
fn case_064() {
    check("%r", s("a"), "OK:'a'");
}

#[test]
fn case_065() {
    check("%a", s("\u{e9}"), "OK:'\\xe9'");
}

#[test]
fn case_066() {
    check("%-6r|", s("a"), "OK:'a'   |");
}

#[test]
fn case_067() {
    check("%c", i(233), "OK:\u{e9}");
}

#[test]
fn case_068() {
    check("%5c|", s("x"), "OK:    x|");
}

#[test]
fn case_069() {
    check("%(a)d %(b)s", d(vec![("a", i(1)), ("b", s("x"))]), "OK:1 x");
}

#[test]
fn case_070() {
    check("%(a)s %(a)r", d(vec![("a", s("x"))]), "OK:x 'x'");
}

#[test]
fn case_071() {
    check("%(a(b))s", d(vec![("a(b)", i(1))]), "OK:1");
}

#[test]
fn case_072() {
    check(
        "%s %\u{e9}",
        t(vec![i(1), i(2)]),
        "ValueError: unsupported format character '?' (0xe9) at index 4",
    );
}

#[test]
fn case_073() {
    check(
        "%\u{1234}",
        i(1),
        "ValueError: unsupported format character '?' (0x1234) at index 1",
    );
}

#[test]
fn case_074() {
    check("%.", i(1), "ValueError: incomplete format");
}

#[test]
fn case_075() {
    check("%5.", i(1), "ValueError: incomplete format");
}

#[test]
fn case_076() {
    check("%-", i(1), "ValueError: incomplete format");
}

#[test]
fn case_077() {
    check(
        "%s",
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_078() {
    check("%d", V::B(true), "OK:1");
}

#[test]
fn case_079() {
    check("%s", V::N, "OK:None");
}

#[test]
fn case_080() {
    check(
        "%(a)*d",
        d(vec![("a", i(5))]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_081() {
    check("%*.*f", t(vec![i(8), i(2), f(5.14159)]), "OK:    5.14");
}

#[test]
fn case_082() {
    check("%0*d", t(vec![i(5), i(42)]), "OK:00042");
}

#[test]
fn case_083() {
    check("%e", f(0.0), "OK:0.000000e+00");
}

#[test]
fn case_084() {
    check("%o", i(0), "OK:0");
}

#[test]
fn case_085() {
    check("%#o", i(0), "OK:0o0");
}

#[test]
fn case_086() {
    check("%#x", i(0), "OK:0x0");
}

#[test]
fn case_087() {
    check("%X", i(3054), "OK:BEE");
}

#[test]
fn case_088() {
    check("%.0e", i(12345), "OK:1e+04");
}

#[test]
fn case_089() {
    check(
        "%d",
        big("1000000000000000000000000000000"),
        "OK:1000000000000000000000000000000",
    );
}

#[test]
fn case_090() {
    check(
        "%x",
        big("1000000000000000000000000000000"),
        "OK:c9f2c9cd04674edea40000000",
    );
}

#[test]
fn case_091() {
    check("%c", s("\u{e9}"), "OK:\u{e9}");
}

#[test]
fn case_092() {
    check("%s%%%s", t(vec![i(1), i(2)]), "OK:1%2");
}

#[test]
fn case_093() {
    check(
        "%3$s",
        i(1),
        "ValueError: unsupported format character '$' (0x24) at index 2",
    );
}

#[test]
fn case_094() {
    check("%1s", t(vec![s("")]), "OK: ");
}

#[test]
fn case_095() {
    check("%-3s|%3s", t(vec![s("a"), s("b")]), "OK:a  |  b");
}

#[test]
fn case_096() {
    check("%i", f(4.9), "OK:4");
}

#[test]
fn case_097() {
    check("%u", i(-3), "OK:-3");
}

#[test]
fn case_098() {
    check("% 05d", i(42), "OK: 0042");
}

#[test]
fn case_099() {
    check("%+05d", i(42), "OK:+0042");
}

#[test]
fn case_100() {
    check("%F", f(f64::INFINITY), "OK:INF");
}

#[test]
fn case_101() {
    check("%#.3g", i(1), "OK:1.00");
}

#[test]
fn case_102() {
    check("%.3g", i(1234567), "OK:1.23e+06");
}

#[test]
fn case_103() {
    check("%10.4g|", f(5.14159265), "OK:     5.142|");
}

#[test]
fn case_104() {
    check("%-+8d|", i(5), "OK:+5      |");
}

#[test]
fn case_105() {
    check("%s", d(vec![("a", i(1))]), "OK:{'a': 1}");
}

#[test]
fn case_106() {
    check("%(x)s", d(vec![("x", s("\u{e9}"))]), "OK:\u{e9}");
}

#[test]
fn case_107() {
    check("%.1s", s("\u{e9}t\u{e9}"), "OK:\u{e9}");
}

#[test]
fn case_108() {
    check(
        "%d %d",
        t(vec![i(1), i(2), i(3)]),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_109() {
    check(
        "%*s",
        t(vec![i(3)]),
        "TypeError: not enough arguments for format string",
    );
}

#[test]
fn case_110() {
    check(
        "%(a)%",
        d(vec![("a", i(1))]),
        "ValueError: unsupported format character '%' (0x25) at index 4",
    );
}

#[test]
fn case_111() {
    check(
        "%.2%",
        i(1),
        "ValueError: unsupported format character '%' (0x25) at index 3",
    );
}

#[test]
fn case_112() {
    check(
        "%*%",
        t(vec![i(5), i(1)]),
        "ValueError: unsupported format character '%' (0x25) at index 2",
    );
}

#[test]
fn case_113() {
    check("%c", V::B(true), "OK:\u{1}");
}

#[test]
fn case_114() {
    check("%x", V::B(true), "OK:1");
}

#[test]
fn case_115() {
    check("%.3c", s("x"), "OK:x");
}

#[test]
fn case_116() {
    check("%05c", s("x"), "OK:    x");
}

#[test]
fn case_117() {
    check("%05r", s("x"), "OK:  'x'");
}

#[test]
fn case_118() {
    check("%#5d", i(3), "OK:    3");
}

#[test]
fn case_119() {
    check("%-05.1f", f(2.25), "OK:2.2  ");
}

#[test]
fn case_120() {
    check("% f", f(-1.0), "OK:-1.000000");
}

#[test]
fn case_121() {
    check("%+f", f(0.0), "OK:+0.000000");
}

#[test]
fn case_122() {
    check("%+f", f(-0.0), "OK:-0.000000");
}

#[test]
fn case_123() {
    check("% 05.1f", f(2.0), "OK: 02.0");
}

#[test]
fn case_124() {
    check(
        "%(a)s",
        l(vec![]),
        "TypeError: list indices must be integers or slices, not str",
    );
}

#[test]
fn case_125() {
    check(
        "%(a)s",
        t(vec![l(vec![])]),
        "TypeError: format requires a mapping",
    );
}

#[test]
fn case_126() {
    check("%%%", t(vec![]), "ValueError: incomplete format");
}

#[test]
fn case_127() {
    check("%*", t(vec![i(1)]), "ValueError: incomplete format");
}

#[test]
fn case_128() {
    check(
        "%.10000000000000000000d",
        i(1),
        "ValueError: precision too big",
    );
}

#[test]
fn case_129() {
    check("%10000000000000000000d", i(1), "ValueError: width too big");
}

#[test]
fn case_130() {
    check(
        "%*d",
        t(vec![big("100000000000000000000"), i(1)]),
        "OverflowError: Python int too large to convert to C ssize_t",
    );
}

#[test]
fn case_131() {
    check("%h", i(1), "ValueError: incomplete format");
}

#[test]
fn case_132() {
    check(
        "%(a)",
        d(vec![("a", i(1))]),
        "ValueError: incomplete format",
    );
}

#[test]
fn case_133() {
    check("%()s", d(vec![("", i(3))]), "OK:3");
}

#[test]
fn case_134() {
    check("%s %(a)s", d(vec![("a", i(3))]), "OK:{'a': 3} 3");
}

#[test]
fn case_135() {
    check("%(a)s %(b)s", d(vec![("a", i(3))]), "KeyError: 'b'");
}

#[test]
fn case_136() {
    check("%s", s("abc"), "OK:abc");
}

#[test]
fn case_137() {
    check(
        "abc",
        s("x"),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_138() {
    check("%*%", t(vec![s("a")]), "TypeError: * wants int");
}

#[test]
fn case_139() {
    check("%.*s", t(vec![i(-1), s("abc")]), "OK:");
}

#[test]
fn case_140() {
    check("%-*s|", t(vec![i(-3), s("a")]), "OK:a  |");
}

#[test]
fn case_141() {
    check(
        "%5.3s|",
        s("\u{e9}\u{20ac}x\u{20ac}"),
        "OK:  \u{e9}\u{20ac}x|",
    );
}

#[test]
fn case_142() {
    check("%#5o", i(8), "OK: 0o10");
}

#[test]
fn case_143() {
    check("%+x", i(255), "OK:+ff");
}

#[test]
fn case_144() {
    check("% o", i(8), "OK: 10");
}

#[test]
fn case_145() {
    check("%+c", i(65), "OK:A");
}

#[test]
fn case_146() {
    check("%-5c|", i(65), "OK:A    |");
}

#[test]
fn case_147() {
    check("%.0s|", s("abc"), "OK:|");
}

#[test]
fn case_148() {
    check("%-+05.1f|", f(1.25), "OK:+1.2 |");
}

#[test]
fn case_149() {
    check("%+#.0e", f(5.0), "OK:+5.e+00");
}

#[test]
fn case_150() {
    check("%d", i(0), "OK:0");
}

#[test]
fn case_151() {
    check("%s and %s", t(vec![s("\u{e9}"), s("x")]), "OK:\u{e9} and x");
}

#[test]
fn case_152() {
    check("%.f", f(2.5), "OK:2");
}

#[test]
fn case_153() {
    check("%E", f(1234.5), "OK:1.234500E+03");
}

#[test]
fn case_154() {
    check("%.3f", f(-0.0005), "OK:-0.001");
}

#[test]
fn case_155() {
    check("%d%%", i(50), "OK:50%");
}

#[test]
fn case_156() {
    check("x%sy%sz", t(vec![s("1"), s("2")]), "OK:x1y2z");
}

#[test]
fn case_157() {
    check("", t(vec![]), "OK:");
}

#[test]
fn case_158() {
    check(
        "",
        i(5),
        "TypeError: not all arguments converted during string formatting",
    );
}

#[test]
fn case_159() {
    check("%s", t(vec![V::N]), "OK:None");
}

#[test]
fn case_160() {
    check("%r", t(vec![t(vec![i(1), i(2)])]), "OK:(1, 2)");
}

#[test]
fn case_161() {
    check("%s", t(vec![t(vec![i(1), i(2)])]), "OK:(1, 2)");
}
