use num_bigint::BigInt;

use super::token::{IntLit, StrLit, Tok};
use super::Lexer;
use crate::parser::error::{SyntaxError, SyntaxErrorKind};
use crate::source::SourceFile;

fn spanned(src: &str) -> Vec<(usize, Tok, usize)> {
    Lexer::new(src)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("lexing {src:?} failed: {e:?}"))
}

fn toks(src: &str) -> Vec<Tok> {
    spanned(src).into_iter().map(|(_, t, _)| t).collect()
}

fn error(src: &str) -> SyntaxError {
    match Lexer::new(src).find_map(Result::err) {
        Some(e) => e,
        None => panic!("lexing {src:?} succeeded"),
    }
}

/// The error as CPython prints it for a file named `t.py`.
fn rendered(src: &str) -> String {
    error(src).render(&SourceFile::new("t.py", src))
}

fn name(s: &str) -> Tok {
    Tok::Name(s.into())
}

fn int(n: i64) -> Tok {
    Tok::Int(IntLit::Small(n))
}

fn string(s: &str) -> Tok {
    Tok::Str(StrLit::Str(s.into()))
}

fn bytes(b: &[u8]) -> Tok {
    Tok::Str(StrLit::Bytes(b.to_vec()))
}

/// The only token of a one-token expression statement.
fn single(src: &str) -> Tok {
    match toks(src).as_slice() {
        [t, Tok::Newline] => t.clone(),
        other => panic!("{src:?} gave {other:?}"),
    }
}

use Tok::{Dedent, Indent, Newline};

#[test]
fn nested_blocks_and_multi_level_dedent() {
    let src = "if a:\n    if b:\n        c\nd\n";
    assert_eq!(
        toks(src),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            Tok::If,
            name("b"),
            Tok::Colon,
            Newline,
            Indent,
            name("c"),
            Newline,
            Dedent,
            Dedent,
            name("d"),
            Newline,
        ]
    );
}

#[test]
fn dedent_to_an_intermediate_level() {
    let src = "a:\n  b:\n    c\n  d\ne\n";
    let kinds: Vec<Tok> = toks(src);
    assert_eq!(
        kinds,
        vec![
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Tok::Colon,
            Newline,
            Indent,
            name("c"),
            Newline,
            Dedent,
            name("d"),
            Newline,
            Dedent,
            name("e"),
            Newline,
        ]
    );
}

#[test]
fn dedent_spans_are_empty_at_the_next_token() {
    let src = "if a:\n    b\nc\n";
    let all = spanned(src);
    let c = src.rfind('c').unwrap();
    assert!(all.contains(&(c, Dedent, c)));
    assert!(all.contains(&(6, Indent, 10)));
}

#[test]
fn blocks_close_at_end_of_input() {
    assert_eq!(
        toks("if a:\n  if b:\n    c"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            Tok::If,
            name("b"),
            Tok::Colon,
            Newline,
            Indent,
            name("c"),
            Newline,
            Dedent,
            Dedent,
        ]
    );
}

#[test]
fn blank_and_comment_lines_produce_nothing() {
    let src = "# head\n\nif a:\n\n      # deep comment\n  b  # trailing\n   \n# x\n  c\n";
    assert_eq!(
        toks(src),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            name("c"),
            Newline,
            Dedent,
        ]
    );
    assert!(toks("").is_empty());
    assert!(toks("\n\n# only a comment").is_empty());
}

#[test]
fn newline_span_starts_at_a_trailing_comment() {
    let src = "x = 1  # note\ny\n";
    let all = spanned(src);
    assert_eq!(all[3], (7, Newline, 14));
}

#[test]
fn final_newline_is_added() {
    let src = "x = 1";
    assert_eq!(spanned(src).last(), Some(&(5, Newline, 5)));
}

#[test]
fn brackets_join_lines() {
    let src = "x = (1,\n  2,\n\n# c\n        3)\ny = [\n]\n";
    assert_eq!(
        toks(src),
        vec![
            name("x"),
            Tok::Equal,
            Tok::LPar,
            int(1),
            Tok::Comma,
            int(2),
            Tok::Comma,
            int(3),
            Tok::RPar,
            Newline,
            name("y"),
            Tok::Equal,
            Tok::LSqb,
            Tok::RSqb,
            Newline,
        ]
    );
}

#[test]
fn backslash_continuation_joins_lines() {
    assert_eq!(
        toks("if a:\n    x = 1 + \\\n2\n    y\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("x"),
            Tok::Equal,
            int(1),
            Tok::Plus,
            int(2),
            Newline,
            name("y"),
            Newline,
            Dedent,
        ]
    );
    // The continued line may be blank; it then ends the logical line.
    assert_eq!(toks("x\\\n\n"), vec![name("x"), Newline]);
}

#[test]
fn tabs_advance_to_multiples_of_eight() {
    // A tab and eight spaces are the same level when used consistently in each block.
    assert_eq!(
        toks("if a:\n\tb\n\tc\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            name("c"),
            Newline,
            Dedent
        ]
    );
    let mixed = "if a:\n\tif b:\n\t    c\n";
    assert_eq!(toks(mixed).iter().filter(|t| **t == Indent).count(), 2);
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(
        toks("if a:\n  b\n \x0cc\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent,
            name("c"),
            Newline,
        ]
    );
}

#[test]
fn keywords_and_soft_keywords() {
    assert_eq!(
        toks("if not x is None and True or False: pass"),
        vec![
            Tok::If,
            Tok::Not,
            name("x"),
            Tok::Is,
            Tok::None,
            Tok::And,
            Tok::True,
            Tok::Or,
            Tok::False,
            Tok::Colon,
            Tok::Pass,
            Newline,
        ]
    );
    for soft in ["match", "case", "_", "type", "print", "iff", "r", "rb", "f"] {
        assert_eq!(single(soft), name(soft));
    }
    let keywords = "False None True and as assert async await break class continue def del elif \
                    else except finally for from global if import in is lambda nonlocal not or \
                    pass raise return try while with yield";
    for kw in keywords.split(' ') {
        assert!(!matches!(single(kw), Tok::Name(_)), "{kw}");
    }
}

#[test]
fn unicode_identifiers() {
    assert_eq!(
        toks("café = π_2"),
        vec![name("café"), Tok::Equal, name("π_2"), Newline]
    );
}

#[test]
fn operators_take_the_longest_match() {
    let src = "** **= // //= >> >>= << <<= -> := ... != == <= >= < > = . @= @ % %= ^= ~ | |= & &=";
    assert_eq!(
        toks(src),
        vec![
            Tok::DoubleStar,
            Tok::DoubleStarEqual,
            Tok::DoubleSlash,
            Tok::DoubleSlashEqual,
            Tok::RightShift,
            Tok::RightShiftEqual,
            Tok::LeftShift,
            Tok::LeftShiftEqual,
            Tok::Arrow,
            Tok::ColonEqual,
            Tok::Ellipsis,
            Tok::NotEqual,
            Tok::EqEqual,
            Tok::LessEqual,
            Tok::GreaterEqual,
            Tok::Less,
            Tok::Greater,
            Tok::Equal,
            Tok::Dot,
            Tok::AtEqual,
            Tok::At,
            Tok::Percent,
            Tok::PercentEqual,
            Tok::CircumflexEqual,
            Tok::Tilde,
            Tok::Vbar,
            Tok::VbarEqual,
            Tok::Amper,
            Tok::AmperEqual,
            Newline,
        ]
    );
    assert_eq!(
        toks("a.b ....x"),
        vec![
            name("a"),
            Tok::Dot,
            name("b"),
            Tok::Ellipsis,
            Tok::Dot,
            name("x"),
            Newline
        ]
    );
}

#[test]
fn integers() {
    assert_eq!(single("0"), int(0));
    assert_eq!(single("00"), int(0));
    assert_eq!(single("0_0"), int(0));
    assert_eq!(single("1_000_000"), int(1_000_000));
    assert_eq!(single("0xFF"), int(255));
    assert_eq!(single("0X_ff"), int(255));
    assert_eq!(single("0o17"), int(15));
    assert_eq!(single("0O_1_7"), int(15));
    assert_eq!(single("0b1010"), int(10));
    assert_eq!(single("0B_1"), int(1));
    assert_eq!(single("9223372036854775807"), int(i64::MAX));
    let big: BigInt = "9223372036854775808".parse().unwrap();
    assert_eq!(single("9223372036854775808"), Tok::Int(IntLit::Big(big)));
    let big: BigInt = BigInt::from(1u8) << 100u32;
    assert_eq!(
        single("0x1_0000000000_0000000000_00000"),
        Tok::Int(IntLit::Big(big))
    );
}

#[test]
fn floats_and_imaginaries() {
    assert_eq!(single("1.5"), Tok::Float(1.5));
    assert_eq!(single(".5"), Tok::Float(0.5));
    assert_eq!(single("5."), Tok::Float(5.0));
    assert_eq!(single("1e-3"), Tok::Float(1e-3));
    assert_eq!(single("1E10"), Tok::Float(1e10));
    assert_eq!(single("1_000.0_1"), Tok::Float(1000.01));
    assert_eq!(single("0.1"), Tok::Float(0.1));
    assert_eq!(single("00.5"), Tok::Float(0.5));
    assert_eq!(single("0e0"), Tok::Float(0.0));
    assert_eq!(single("1e400"), Tok::Float(f64::INFINITY));
    assert_eq!(
        single("2.2250738585072011e-308"),
        Tok::Float(2.225_073_858_507_201e-308)
    );
    assert_eq!(single("3j"), Tok::Imag(3.0));
    assert_eq!(single("1.5J"), Tok::Imag(1.5));
    assert_eq!(single("0j"), Tok::Imag(0.0));
    assert_eq!(single("1e2j"), Tok::Imag(100.0));
}

#[test]
fn numbers_may_touch_keywords() {
    // CPython only warns here.
    assert_eq!(
        toks("1if x else 0x1for"),
        vec![
            int(1),
            Tok::If,
            name("x"),
            Tok::Else,
            int(31),
            Tok::Or,
            Newline
        ]
    );
    assert_eq!(toks("1else"), vec![int(1), Tok::Else, Newline]);
}

#[test]
fn plain_string_escapes() {
    assert_eq!(
        single(r#""a\n\t\r\\\'\"\a\b\f\v\0""#),
        string("a\n\t\r\\'\"\x07\x08\x0c\x0b\0")
    );
    assert_eq!(single(r"'\101\1012\777'"), string("AA2\u{1ff}"));
    assert_eq!(single(r"'\x41\u00e9\U0001F600'"), string("Aé😀"));
    assert_eq!(
        single(r"'\N{EURO SIGN}\N{bullet}\N{GREEK SMALL LETTER PI}'"),
        string("€•π")
    );
    assert_eq!(
        single(r"'\N{LATIN CAPITAL LETTER Q}\N{DIGIT SEVEN}'"),
        string("Q7")
    );
    assert_eq!(single(r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'"), string("一"));
    assert_eq!(single(r"'\d\w\ \é'"), string("\\d\\w\\ \\é"));
    assert_eq!(single("'a\\\nb'"), string("ab"));
    assert_eq!(single("''"), string(""));
    assert_eq!(single("\"\"\"\"\"\""), string(""));
}

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(single(r#""it's""#), string("it's"));
    assert_eq!(single(r#"'say "hi"'"#), string("say \"hi\""));
    assert_eq!(single("'''a\n'b'\n\"\"'''"), string("a\n'b'\n\"\""));
    assert_eq!(single(r#""""a""b""""#), string("a\"\"b"));
    assert_eq!(single(r"u'x\n'"), string("x\n"));
    assert_eq!(single(r"U'x'"), string("x"));
    for raw in [r"r'a\n\'b'", r"R'a\n\'b'"] {
        assert_eq!(single(raw), string(r"a\n\'b"));
    }
    assert_eq!(single(r"r'\\'"), string(r"\\"));
}

#[test]
fn bytes_literals() {
    assert_eq!(single(r"b'a\x00\xff\n'"), bytes(b"a\x00\xff\n"));
    assert_eq!(single(r"B'\777\u1234\N{X}'"), bytes(b"\xff\\u1234\\N{X}"));
    for raw in [r"br'\n'", r"Rb'\n'", r"rB'\n'", r"BR'\n'"] {
        assert_eq!(single(raw), bytes(b"\\n"));
    }
}

#[test]
fn f_strings_are_left_undecoded() {
    let src = "x = f'a{b!r:>{w}}\\n'";
    let all = spanned(src);
    assert_eq!(
        all[2],
        (
            4,
            Tok::Str(StrLit::FString {
                content: "a{b!r:>{w}}\\n".into(),
                raw: false,
                content_offset: 6,
            }),
            src.len()
        )
    );
    for (src, raw) in [("rf'{x}'", true), ("Fr'{x}'", true), ("F'{x}'", false)] {
        let content_offset = src.find('{').unwrap();
        assert_eq!(
            single(src),
            Tok::Str(StrLit::FString {
                content: "{x}".into(),
                raw,
                content_offset
            })
        );
    }
    assert_eq!(
        single("f'''{\n'a'}'''"),
        Tok::Str(StrLit::FString {
            content: "{\n'a'}".into(),
            raw: false,
            content_offset: 4
        })
    );
}

#[test]
fn adjacent_literals_stay_separate() {
    assert_eq!(
        toks("'a' \"b\" b'c'"),
        vec![string("a"), string("b"), bytes(b"c"), Newline]
    );
}

#[test]
fn crlf_and_cr_line_endings_lex_like_lf() {
    let src = "def f(a,\n      b):\n    '''doc\n    string'''\n    if a:  # c\n        return \\\n            b\n\n    x = f'{a}\\n'[0]\n    return 'x\\\ny'\n";
    let normalize = |src: &str| -> Vec<Tok> {
        toks(src)
            .into_iter()
            .map(|t| match t {
                Tok::Str(StrLit::FString { content, raw, .. }) => Tok::Str(StrLit::FString {
                    content,
                    raw,
                    content_offset: 0,
                }),
                t => t,
            })
            .collect()
    };
    let lf = normalize(src);
    assert_eq!(normalize(&src.replace('\n', "\r\n")), lf);
    assert_eq!(normalize(&src.replace('\n', "\r")), lf);
    assert_eq!(
        error("if a:\r\n    b\r\n  c\r\n").msg,
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn spans_never_go_backwards() {
    let src = "import os\n\nclass A(B):\n    '''Doc.'''\n    def f(self, *a, **k) -> int:\n        x = [i ** 2 for i in range(10) if i % 2]  # squares\n        return {\n            'k': x,\n        }\n\n\nif __name__ == '__main__':\n    A().f()";
    let mut last = 0;
    for (start, tok, end) in spanned(src) {
        assert!(start >= last, "{tok:?} at {start} before {last}");
        assert!(end >= start, "{tok:?}");
        last = end;
    }
    assert_eq!(last, src.len());
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(toks("\u{feff}x\n"), vec![name("x"), Newline]);
}

#[test]
fn errors_end_the_stream() {
    let mut lexer = Lexer::new("x = )\ny = 1\n");
    assert!(matches!(lexer.next(), Some(Ok((0, _, 1)))));
    assert!(matches!(lexer.next(), Some(Ok((2, Tok::Equal, 3)))));
    assert!(matches!(lexer.next(), Some(Err(_))));
    assert_eq!(lexer.next(), None);
}

/// Each case is the source and what CPython 3.11 prints when running it as `t.py`.
fn check_rendered(cases: &[(&str, &str)]) {
    for (src, expected) in cases {
        assert_eq!(rendered(src), *expected, "source {src:?}");
    }
}

#[test]
fn unterminated_strings() {
    check_rendered(&[
        (
            "x = \"abc\n",
            "  File \"t.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
        ),
        (
            "x = rb'abc\ny=1\n",
            "  File \"t.py\", line 1\n    x = rb'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
        ),
        (
            "x = 'a\\\nb\n",
            "  File \"t.py\", line 1\n    x = 'a\\\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n",
        ),
        (
            "x = \"\\\"\n",
            "  File \"t.py\", line 1\n    x = \"\\\"\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
        ),
        (
            "x = \"\"\"abc\n\ny\n",
            "  File \"t.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n",
        ),
        (
            "x = '''abc\n\ny",
            "  File \"t.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n",
        ),
    ]);
}

#[test]
fn indentation_errors() {
    check_rendered(&[
        (
            "if x:\n    a\n  b\n",
            "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n",
        ),
        (
            "if x:\n    a\n  b",
            "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n",
        ),
    ]);
    assert_eq!(
        error("if x:\n    a\n  b\n").kind,
        SyntaxErrorKind::IndentationError
    );
    // Each of these means something different with 8-column tabs than with 1-column tabs.
    for src in [
        "if x:\n\ta\n        b\n",
        "if x:\n        a\n\tb\n",
        "if x:\n    if y:\n\ta\n",
    ] {
        let e = error(src);
        assert_eq!(e.kind, SyntaxErrorKind::TabError, "{src:?}");
        assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
        assert_eq!(SourceFile::new("t.py", src).line_of(e.start as u32), 3);
    }
    check_rendered(&[(
        "if x:\n\ta\n        b\n",
        "  File \"t.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n",
    )]);
}

#[test]
fn stray_characters() {
    check_rendered(&[
        (
            "x = 1 \\ 2\n",
            "  File \"t.py\", line 1\n    x = 1 \\ 2\n           ^\nSyntaxError: unexpected character after line continuation character\n",
        ),
        (
            "x = 1 + \\",
            "  File \"t.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n",
        ),
        (
            "x = 1 + \\\n",
            "  File \"t.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n",
        ),
        (
            "x = €\n",
            "  File \"t.py\", line 1\n    x = €\n        ^\nSyntaxError: invalid character '€' (U+20AC)\n",
        ),
        (
            "x = a€b\n",
            "  File \"t.py\", line 1\n    x = a€b\n         ^\nSyntaxError: invalid character '€' (U+20AC)\n",
        ),
        (
            "x = 1€\n",
            "  File \"t.py\", line 1\n    x = 1€\n         ^\nSyntaxError: invalid character '€' (U+20AC)\n",
        ),
        (
            "\u{200b}x\n",
            "  File \"t.py\", line 1\n    \u{200b}x\n    ^\nSyntaxError: invalid non-printable character U+200B\n",
        ),
        (
            "x = $\n",
            "  File \"t.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n",
        ),
        (
            "x = ?\n",
            "  File \"t.py\", line 1\n    x = ?\n        ^\nSyntaxError: invalid syntax\n",
        ),
        (
            "x = `a`\n",
            "  File \"t.py\", line 1\n    x = `a`\n        ^\nSyntaxError: invalid syntax\n",
        ),
        (
            "x = a ! b\n",
            "  File \"t.py\", line 1\n    x = a ! b\n          ^\nSyntaxError: invalid syntax\n",
        ),
    ]);
}

#[test]
fn null_bytes() {
    // CPython prints the line, cut at the null byte, with no caret.
    let e = error("x = 1\ny = \0 + 1\n");
    assert_eq!(e.msg, "source code cannot contain null bytes");
    assert_eq!(e.line_override, Some(2));
}

#[test]
fn bracket_errors() {
    check_rendered(&[
        (
            "print(1,\n  2\n",
            "  File \"t.py\", line 1\n    print(1,\n         ^\nSyntaxError: '(' was never closed\n",
        ),
        (
            "x = {\n  1: [\n",
            "  File \"t.py\", line 2\n    1: [\n       ^\nSyntaxError: '[' was never closed\n",
        ),
        (
            "x = 1)\n",
            "  File \"t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n",
        ),
        (
            "x = [1, 2)\n",
            "  File \"t.py\", line 1\n    x = [1, 2)\n             ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n",
        ),
        (
            "x = [1,\n 2)\n",
            "  File \"t.py\", line 2\n    2)\n     ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1\n",
        ),
        (
            "x = [}\n",
            "  File \"t.py\", line 1\n    x = [}\n         ^\nSyntaxError: closing parenthesis '}' does not match opening parenthesis '['\n",
        ),
    ]);
    assert_eq!(error(&"(".repeat(201)).msg, "too many nested parentheses");
}

#[test]
fn number_errors() {
    let leading_zeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    // (literal, message, caret columns within the literal)
    let cases = [
        ("1abc", "invalid decimal literal", 0..1),
        ("1.5abc", "invalid decimal literal", 2..3),
        ("1_", "invalid decimal literal", 1..2),
        ("1__0", "invalid decimal literal", 1..2),
        ("0_", "invalid decimal literal", 1..2),
        ("1e", "invalid decimal literal", 0..1),
        ("1e+", "invalid decimal literal", 2..3),
        ("0x", "invalid hexadecimal literal", 1..2),
        ("0xg", "invalid hexadecimal literal", 1..2),
        ("0x1_", "invalid hexadecimal literal", 3..4),
        ("012", leading_zeros, 0..1),
        ("00012", leading_zeros, 0..3),
        ("0o8", "invalid digit '8' in octal literal", 2..3),
        ("0o18", "invalid digit '8' in octal literal", 3..4),
        ("0o", "invalid octal literal", 1..2),
        ("0b2", "invalid digit '2' in binary literal", 2..3),
        ("0b12", "invalid digit '2' in binary literal", 3..4),
        ("1jx", "invalid imaginary literal", 1..2),
        ("1.0j_", "invalid imaginary literal", 3..4),
    ];
    for (lit, msg, carets) in cases {
        let e = error(&format!("x = {lit}\n"));
        assert_eq!(e.msg, msg, "{lit}");
        assert_eq!(
            (e.start - 4, e.end - 4),
            (carets.start, carets.end),
            "{lit}"
        );
    }
}

#[test]
fn escape_errors() {
    check_rendered(&[
        (
            "x = \"\\x4\"\n",
            "  File \"t.py\", line 1\n    x = \"\\x4\"\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n",
        ),
        (
            "x = \"\\x4\" \"a\" + 1\n",
            "  File \"t.py\", line 1\n    x = \"\\x4\" \"a\" + 1\n                  ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n",
        ),
        (
            "x = \"\\x4\"   # c\n",
            "  File \"t.py\", line 1\n    x = \"\\x4\"   # c\n                ^^^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n",
        ),
        (
            "x = (\"a\",\n \"\\x4\"\n)\n",
            "  File \"t.py\", line 3\n    )\n    ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n",
        ),
        (
            "x = b\"abc\\xzz\"\n",
            "  File \"t.py\", line 1\n    x = b\"abc\\xzz\"\n                  ^\nSyntaxError: (value error) invalid \\x escape at position 3\n",
        ),
        (
            // CPython prints five carets: it measures this one in bytes.
            "x = b\"é\"\n",
            "  File \"t.py\", line 1\n    x = b\"é\"\n        ^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n",
        ),
    ]);
    let unicode = |body: &str| error(&format!("x = '{body}'\n")).msg;
    let prefix = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
    let cases = [
        (r"ab\x4g", "2-4: truncated \\xXX escape"),
        (r"é\x4", "10-12: truncated \\xXX escape"),
        (r"\é\x4", "16-18: truncated \\xXX escape"),
        (r"\u12", "0-3: truncated \\uXXXX escape"),
        (r"\U1234", "0-5: truncated \\UXXXXXXXX escape"),
        (r"\U00110000", "0-9: illegal Unicode character"),
        (r"\N{FOO}", "0-6: unknown Unicode character name"),
        (r"\N{FOO", "0-5: malformed \\N character escape"),
        (r"\N", "0-1: malformed \\N character escape"),
        (r"\N{}", "0-2: malformed \\N character escape"),
        (r"\Nx", "0-1: malformed \\N character escape"),
    ];
    for (body, msg) in cases {
        assert_eq!(unicode(body), format!("{prefix} {msg}"), "{body}");
    }
}
