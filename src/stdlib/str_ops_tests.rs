// Expected values were produced by CPython 3.11.
use super::*;

#[test]
fn split_1() {
    assert_eq!(split("a b  c", None, -1).unwrap(), vec!["a", "b", "c"]);
}

#[test]
fn rsplit_1() {
    assert_eq!(rsplit("a b  c", None, -1).unwrap(), vec!["a", "b", "c"]);
}

#[test]
fn split_2() {
    assert_eq!(split("  a b  c  ", None, -1).unwrap(), vec!["a", "b", "c"]);
}

#[test]
fn rsplit_2() {
    assert_eq!(rsplit("  a b  c  ", None, -1).unwrap(), vec!["a", "b", "c"]);
}

#[test]
fn split_3() {
    assert_eq!(split("", None, -1).unwrap(), Vec::<&str>::new());
}

#[test]
fn rsplit_3() {
    assert_eq!(rsplit("", None, -1).unwrap(), Vec::<&str>::new());
}

#[test]
fn split_4() {
    assert_eq!(split("   ", None, -1).unwrap(), Vec::<&str>::new());
}

#[test]
fn rsplit_4() {
    assert_eq!(rsplit("   ", None, -1).unwrap(), Vec::<&str>::new());
}

#[test]
fn split_5() {
    assert_eq!(
        split("a,b,,c", Some(","), -1).unwrap(),
        vec!["a", "b", "", "c"]
    );
}

#[test]
fn rsplit_5() {
    assert_eq!(
        rsplit("a,b,,c", Some(","), -1).unwrap(),
        vec!["a", "b", "", "c"]
    );
}

#[test]
fn split_6() {
    assert_eq!(split("", Some(","), -1).unwrap(), vec![""]);
}

#[test]
fn rsplit_6() {
    assert_eq!(rsplit("", Some(","), -1).unwrap(), vec![""]);
}

#[test]
fn split_7() {
    assert_eq!(split("a,b,c", Some(","), 1).unwrap(), vec!["a", "b,c"]);
}

#[test]
fn rsplit_7() {
    assert_eq!(rsplit("a,b,c", Some(","), 1).unwrap(), vec!["a,b", "c"]);
}

#[test]
fn split_8() {
    assert_eq!(split("a,b,c", Some(","), 0).unwrap(), vec!["a,b,c"]);
}

#[test]
fn rsplit_8() {
    assert_eq!(rsplit("a,b,c", Some(","), 0).unwrap(), vec!["a,b,c"]);
}

#[test]
fn split_9() {
    assert_eq!(split("  a  b  c  ", None, 1).unwrap(), vec!["a", "b  c  "]);
}

#[test]
fn rsplit_9() {
    assert_eq!(rsplit("  a  b  c  ", None, 1).unwrap(), vec!["  a  b", "c"]);
}

#[test]
fn split_10() {
    assert_eq!(split("  a  b  c  ", None, 0).unwrap(), vec!["a  b  c  "]);
}

#[test]
fn rsplit_10() {
    assert_eq!(rsplit("  a  b  c  ", None, 0).unwrap(), vec!["  a  b  c"]);
}

#[test]
fn split_11() {
    assert_eq!(
        split("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{2028}f\u{3000}g", None, -1).unwrap(),
        vec!["a", "b", "c", "d", "e", "f", "g"]
    );
}

#[test]
fn rsplit_11() {
    assert_eq!(
        rsplit("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{2028}f\u{3000}g", None, -1).unwrap(),
        vec!["a", "b", "c", "d", "e", "f", "g"]
    );
}

#[test]
fn split_12() {
    assert_eq!(split("a\u{200b}b", None, -1).unwrap(), vec!["a\u{200b}b"]);
}

#[test]
fn rsplit_12() {
    assert_eq!(rsplit("a\u{200b}b", None, -1).unwrap(), vec!["a\u{200b}b"]);
}

#[test]
fn split_13() {
    assert_eq!(split("aaa", Some("aa"), -1).unwrap(), vec!["", "a"]);
}

#[test]
fn rsplit_13() {
    assert_eq!(rsplit("aaa", Some("aa"), -1).unwrap(), vec!["a", ""]);
}

#[test]
fn split_14() {
    assert_eq!(
        split("x--y--z", Some("--"), 5).unwrap(),
        vec!["x", "y", "z"]
    );
}

#[test]
fn rsplit_14() {
    assert_eq!(
        rsplit("x--y--z", Some("--"), 5).unwrap(),
        vec!["x", "y", "z"]
    );
}

#[test]
fn split_15() {
    assert_eq!(split("a b", Some(""), -1).unwrap_err(), "empty separator");
}

#[test]
fn rsplit_15() {
    assert_eq!(rsplit("a b", Some(""), -1).unwrap_err(), "empty separator");
}

#[test]
fn split_16() {
    assert_eq!(
        split("\u{e9}t\u{e9} \u{e9}t\u{e9}", Some("\u{e9}"), -1).unwrap(),
        vec!["", "t", " ", "t", ""]
    );
}

#[test]
fn rsplit_16() {
    assert_eq!(
        rsplit("\u{e9}t\u{e9} \u{e9}t\u{e9}", Some("\u{e9}"), -1).unwrap(),
        vec!["", "t", " ", "t", ""]
    );
}

#[test]
fn split_17() {
    assert_eq!(
        split("a\tb\nc\u{b}d\u{c}e\rf", None, 2).unwrap(),
        vec!["a", "b", "c\u{b}d\u{c}e\rf"]
    );
}

#[test]
fn rsplit_17() {
    assert_eq!(
        rsplit("a\tb\nc\u{b}d\u{c}e\rf", None, 2).unwrap(),
        vec!["a\tb\nc\u{b}d", "e", "f"]
    );
}

#[test]
fn splitlines_1() {
    assert_eq!(splitlines("a\nb\r\nc\rd", false), vec!["a", "b", "c", "d"]);
}

#[test]
fn splitlines_2() {
    assert_eq!(
        splitlines("a\nb\r\nc\rd", true),
        vec!["a\n", "b\r\n", "c\r", "d"]
    );
}

#[test]
fn splitlines_3() {
    assert_eq!(splitlines("a\n", false), vec!["a"]);
}

#[test]
fn splitlines_4() {
    assert_eq!(splitlines("a\n", true), vec!["a\n"]);
}

#[test]
fn splitlines_5() {
    assert_eq!(splitlines("", false), Vec::<&str>::new());
}

#[test]
fn splitlines_6() {
    assert_eq!(splitlines("", true), Vec::<&str>::new());
}

#[test]
fn splitlines_7() {
    assert_eq!(splitlines("\n", false), vec![""]);
}

#[test]
fn splitlines_8() {
    assert_eq!(splitlines("\n", true), vec!["\n"]);
}

#[test]
fn splitlines_9() {
    assert_eq!(
        splitlines(
            "a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i",
            false
        ),
        vec!["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    );
}

#[test]
fn splitlines_10() {
    assert_eq!(
        splitlines(
            "a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i",
            true
        ),
        vec![
            "a\u{b}",
            "b\u{c}",
            "c\u{1c}",
            "d\u{1d}",
            "e\u{1e}",
            "f\u{85}",
            "g\u{2028}",
            "h\u{2029}",
            "i"
        ]
    );
}

#[test]
fn splitlines_11() {
    assert_eq!(splitlines("a\r\n\r\nb", false), vec!["a", "", "b"]);
}

#[test]
fn splitlines_12() {
    assert_eq!(splitlines("a\r\n\r\nb", true), vec!["a\r\n", "\r\n", "b"]);
}

#[test]
fn splitlines_13() {
    assert_eq!(splitlines("no newline", false), vec!["no newline"]);
}

#[test]
fn splitlines_14() {
    assert_eq!(splitlines("no newline", true), vec!["no newline"]);
}

#[test]
fn splitlines_15() {
    assert_eq!(splitlines("x\n\ny\n", false), vec!["x", "", "y"]);
}

#[test]
fn splitlines_16() {
    assert_eq!(splitlines("x\n\ny\n", true), vec!["x\n", "\n", "y\n"]);
}

#[test]
fn splitlines_17() {
    assert_eq!(splitlines("a\u{1f}b", false), vec!["a\u{1f}b"]);
}

#[test]
fn splitlines_18() {
    assert_eq!(splitlines("a\u{1f}b", true), vec!["a\u{1f}b"]);
}

#[test]
fn join_1() {
    assert_eq!(join(", ", &["a", "b", "c"]), "a, b, c");
}

#[test]
fn join_2() {
    assert_eq!(join("", &["x", "y"]), "xy");
}

#[test]
fn join_3() {
    assert_eq!(join("-", &[""; 0]), "");
}

#[test]
fn join_4() {
    assert_eq!(join("\u{e9}", &["1", "2"]), "1\u{e9}2");
}

#[test]
fn join_5() {
    assert_eq!(join("::", &["only"]), "only");
}

#[test]
fn strip_1() {
    assert_eq!(strip("  hi  ", None), "hi");
}

#[test]
fn lstrip_1() {
    assert_eq!(lstrip("  hi  ", None), "hi  ");
}

#[test]
fn rstrip_1() {
    assert_eq!(rstrip("  hi  ", None), "  hi");
}

#[test]
fn strip_2() {
    assert_eq!(strip("\u{1c}\u{85}\u{a0} hi \u{3000}\u{2029}", None), "hi");
}

#[test]
fn lstrip_2() {
    assert_eq!(
        lstrip("\u{1c}\u{85}\u{a0} hi \u{3000}\u{2029}", None),
        "hi \u{3000}\u{2029}"
    );
}

#[test]
fn rstrip_2() {
    assert_eq!(
        rstrip("\u{1c}\u{85}\u{a0} hi \u{3000}\u{2029}", None),
        "\u{1c}\u{85}\u{a0} hi"
    );
}

#[test]
fn strip_3() {
    assert_eq!(strip("xxhixx", Some("x")), "hi");
}

#[test]
fn lstrip_3() {
    assert_eq!(lstrip("xxhixx", Some("x")), "hixx");
}

#[test]
fn rstrip_3() {
    assert_eq!(rstrip("xxhixx", Some("x")), "xxhi");
}

#[test]
fn strip_4() {
    assert_eq!(strip("abcba", Some("ab")), "c");
}

#[test]
fn lstrip_4() {
    assert_eq!(lstrip("abcba", Some("ab")), "cba");
}

#[test]
fn rstrip_4() {
    assert_eq!(rstrip("abcba", Some("ab")), "abc");
}

#[test]
fn strip_5() {
    assert_eq!(strip("", None), "");
}

#[test]
fn lstrip_5() {
    assert_eq!(lstrip("", None), "");
}

#[test]
fn rstrip_5() {
    assert_eq!(rstrip("", None), "");
}

#[test]
fn strip_6() {
    assert_eq!(strip("  ", None), "");
}

#[test]
fn lstrip_6() {
    assert_eq!(lstrip("  ", None), "");
}

#[test]
fn rstrip_6() {
    assert_eq!(rstrip("  ", None), "");
}

#[test]
fn strip_7() {
    assert_eq!(strip("hi", Some("")), "hi");
}

#[test]
fn lstrip_7() {
    assert_eq!(lstrip("hi", Some("")), "hi");
}

#[test]
fn rstrip_7() {
    assert_eq!(rstrip("hi", Some("")), "hi");
}

#[test]
fn strip_8() {
    assert_eq!(strip("\u{e9}a\u{e9}", Some("\u{e9}")), "a");
}

#[test]
fn lstrip_8() {
    assert_eq!(lstrip("\u{e9}a\u{e9}", Some("\u{e9}")), "a\u{e9}");
}

#[test]
fn rstrip_8() {
    assert_eq!(rstrip("\u{e9}a\u{e9}", Some("\u{e9}")), "\u{e9}a");
}

#[test]
fn strip_9() {
    assert_eq!(strip("\u{200b}hi\u{200b}", None), "\u{200b}hi\u{200b}");
}

#[test]
fn lstrip_9() {
    assert_eq!(lstrip("\u{200b}hi\u{200b}", None), "\u{200b}hi\u{200b}");
}

#[test]
fn rstrip_9() {
    assert_eq!(rstrip("\u{200b}hi\u{200b}", None), "\u{200b}hi\u{200b}");
}

#[test]
fn removeprefix_1() {
    assert_eq!(removeprefix("prefix_x", "prefix_"), "x");
}

#[test]
fn removesuffix_1() {
    assert_eq!(removesuffix("x_xiferp", "_xiferp"), "x");
}

#[test]
fn removeprefix_2() {
    assert_eq!(removeprefix("abc", "x"), "abc");
}

#[test]
fn removesuffix_2() {
    assert_eq!(removesuffix("cba", "x"), "cba");
}

#[test]
fn removeprefix_3() {
    assert_eq!(removeprefix("abc", ""), "abc");
}

#[test]
fn removesuffix_3() {
    assert_eq!(removesuffix("cba", ""), "cba");
}

#[test]
fn removeprefix_4() {
    assert_eq!(removeprefix("abc", "abc"), "");
}

#[test]
fn removesuffix_4() {
    assert_eq!(removesuffix("cba", "cba"), "");
}

#[test]
fn removeprefix_5() {
    assert_eq!(removeprefix("\u{e9}t\u{e9}", "\u{e9}"), "t\u{e9}");
}

#[test]
fn removesuffix_5() {
    assert_eq!(removesuffix("\u{e9}t\u{e9}", "\u{e9}"), "\u{e9}t");
}

#[test]
fn replace_1() {
    assert_eq!(replace("aaa", "a", "b", -1), "bbb");
}

#[test]
fn replace_2() {
    assert_eq!(replace("aaa", "a", "b", 2), "bba");
}

#[test]
fn replace_3() {
    assert_eq!(replace("aaa", "a", "b", 0), "aaa");
}

#[test]
fn replace_4() {
    assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
}

#[test]
fn replace_5() {
    assert_eq!(replace("abc", "", "-", 2), "-a-bc");
}

#[test]
fn replace_6() {
    assert_eq!(replace("", "", "x", -1), "x");
}

#[test]
fn replace_7() {
    assert_eq!(replace("", "a", "x", -1), "");
}

#[test]
fn replace_8() {
    assert_eq!(replace("aaaa", "aa", "b", -1), "bb");
}

#[test]
fn replace_9() {
    assert_eq!(replace("h\u{e9}llo", "\u{e9}", "e", -1), "hello");
}

#[test]
fn replace_10() {
    assert_eq!(replace("abc", "", "-", 0), "abc");
}

#[test]
fn replace_11() {
    assert_eq!(replace("abab", "ab", "", -1), "");
}

#[test]
fn find_1() {
    assert_eq!(find("hello world", "o", None, None), 4);
}

#[test]
fn rfind_1() {
    assert_eq!(rfind("hello world", "o", None, None), 7);
}

#[test]
fn count_1() {
    assert_eq!(count("hello world", "o", None, None), 2);
}

#[test]
fn find_2() {
    assert_eq!(find("hello world", "o", Some(5), None), 7);
}

#[test]
fn rfind_2() {
    assert_eq!(rfind("hello world", "o", Some(5), None), 7);
}

#[test]
fn count_2() {
    assert_eq!(count("hello world", "o", Some(5), None), 1);
}

#[test]
fn find_3() {
    assert_eq!(find("hello world", "o", Some(-3), None), -1);
}

#[test]
fn rfind_3() {
    assert_eq!(rfind("hello world", "o", Some(-3), None), -1);
}

#[test]
fn count_3() {
    assert_eq!(count("hello world", "o", Some(-3), None), 0);
}

#[test]
fn find_4() {
    assert_eq!(find("hello world", "o", Some(-100), None), 4);
}

#[test]
fn rfind_4() {
    assert_eq!(rfind("hello world", "o", Some(-100), None), 7);
}

#[test]
fn count_4() {
    assert_eq!(count("hello world", "o", Some(-100), None), 2);
}

#[test]
fn find_5() {
    assert_eq!(find("hello", "l", Some(1), Some(3)), 2);
}

#[test]
fn rfind_5() {
    assert_eq!(rfind("hello", "l", Some(1), Some(3)), 2);
}

#[test]
fn count_5() {
    assert_eq!(count("hello", "l", Some(1), Some(3)), 1);
}

#[test]
fn find_6() {
    assert_eq!(find("hello", "", None, None), 0);
}

#[test]
fn rfind_6() {
    assert_eq!(rfind("hello", "", None, None), 5);
}

#[test]
fn count_6() {
    assert_eq!(count("hello", "", None, None), 6);
}

#[test]
fn find_7() {
    assert_eq!(find("hello", "", Some(5), None), 5);
}

#[test]
fn rfind_7() {
    assert_eq!(rfind("hello", "", Some(5), None), 5);
}

#[test]
fn count_7() {
    assert_eq!(count("hello", "", Some(5), None), 1);
}

#[test]
fn find_8() {
    assert_eq!(find("hello", "", Some(6), None), -1);
}

#[test]
fn rfind_8() {
    assert_eq!(rfind("hello", "", Some(6), None), -1);
}

#[test]
fn count_8() {
    assert_eq!(count("hello", "", Some(6), None), 0);
}

#[test]
fn find_9() {
    assert_eq!(find("hello", "", Some(3), Some(1)), -1);
}

#[test]
fn rfind_9() {
    assert_eq!(rfind("hello", "", Some(3), Some(1)), -1);
}

#[test]
fn count_9() {
    assert_eq!(count("hello", "", Some(3), Some(1)), 0);
}

#[test]
fn find_10() {
    assert_eq!(find("hello", "xyz", None, None), -1);
}

#[test]
fn rfind_10() {
    assert_eq!(rfind("hello", "xyz", None, None), -1);
}

#[test]
fn count_10() {
    assert_eq!(count("hello", "xyz", None, None), 0);
}

#[test]
fn find_11() {
    assert_eq!(find("", "", None, None), 0);
}

#[test]
fn rfind_11() {
    assert_eq!(rfind("", "", None, None), 0);
}

#[test]
fn count_11() {
    assert_eq!(count("", "", None, None), 1);
}

#[test]
fn find_12() {
    assert_eq!(find("", "a", None, None), -1);
}

#[test]
fn rfind_12() {
    assert_eq!(rfind("", "a", None, None), -1);
}

#[test]
fn count_12() {
    assert_eq!(count("", "a", None, None), 0);
}

#[test]
fn find_13() {
    assert_eq!(find("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", None, None), 1);
}

#[test]
fn rfind_13() {
    assert_eq!(rfind("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", None, None), 4);
}

#[test]
fn count_13() {
    assert_eq!(count("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", None, None), 2);
}

#[test]
fn find_14() {
    assert_eq!(
        find("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", Some(2), None),
        4
    );
}

#[test]
fn rfind_14() {
    assert_eq!(
        rfind("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", Some(2), None),
        4
    );
}

#[test]
fn count_14() {
    assert_eq!(
        count("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", Some(2), None),
        1
    );
}

#[test]
fn find_15() {
    assert_eq!(
        find("h\u{e9}ll\u{e9} w\u{f6}rld", "w", Some(-5), Some(-1)),
        6
    );
}

#[test]
fn rfind_15() {
    assert_eq!(
        rfind("h\u{e9}ll\u{e9} w\u{f6}rld", "w", Some(-5), Some(-1)),
        6
    );
}

#[test]
fn count_15() {
    assert_eq!(
        count("h\u{e9}ll\u{e9} w\u{f6}rld", "w", Some(-5), Some(-1)),
        1
    );
}

#[test]
fn find_16() {
    assert_eq!(find("abcabc", "abc", Some(1), Some(1000000000000)), 3);
}

#[test]
fn rfind_16() {
    assert_eq!(rfind("abcabc", "abc", Some(1), Some(1000000000000)), 3);
}

#[test]
fn count_16() {
    assert_eq!(count("abcabc", "abc", Some(1), Some(1000000000000)), 1);
}

#[test]
fn find_17() {
    assert_eq!(find("abcabc", "bc", Some(-1000000000000), Some(-1)), 1);
}

#[test]
fn rfind_17() {
    assert_eq!(rfind("abcabc", "bc", Some(-1000000000000), Some(-1)), 1);
}

#[test]
fn count_17() {
    assert_eq!(count("abcabc", "bc", Some(-1000000000000), Some(-1)), 1);
}

#[test]
fn find_18() {
    assert_eq!(find("aaaa", "aa", None, None), 0);
}

#[test]
fn rfind_18() {
    assert_eq!(rfind("aaaa", "aa", None, None), 2);
}

#[test]
fn count_18() {
    assert_eq!(count("aaaa", "aa", None, None), 2);
}

#[test]
fn find_19() {
    assert_eq!(find("\u{1f600}a\u{1f600}", "a", None, None), 1);
}

#[test]
fn rfind_19() {
    assert_eq!(rfind("\u{1f600}a\u{1f600}", "a", None, None), 1);
}

#[test]
fn count_19() {
    assert_eq!(count("\u{1f600}a\u{1f600}", "a", None, None), 1);
}

#[test]
fn find_20() {
    assert_eq!(find("abc", "c", Some(0), Some(-1)), -1);
}

#[test]
fn rfind_20() {
    assert_eq!(rfind("abc", "c", Some(0), Some(-1)), -1);
}

#[test]
fn count_20() {
    assert_eq!(count("abc", "c", Some(0), Some(-1)), 0);
}

#[test]
fn index_1() {
    assert_eq!(index("hello world", "o", None, None), Ok(4));
}

#[test]
fn rindex_1() {
    assert_eq!(rindex("hello world", "o", None, None), Ok(7));
}

#[test]
fn index_2() {
    assert_eq!(index("hello world", "o", Some(5), None), Ok(7));
}

#[test]
fn rindex_2() {
    assert_eq!(rindex("hello world", "o", Some(5), None), Ok(7));
}

#[test]
fn index_3() {
    assert_eq!(
        index("hello world", "o", Some(-3), None),
        Err("substring not found".to_string())
    );
}

#[test]
fn rindex_3() {
    assert_eq!(
        rindex("hello world", "o", Some(-3), None),
        Err("substring not found".to_string())
    );
}

#[test]
fn index_4() {
    assert_eq!(index("hello world", "o", Some(-100), None), Ok(4));
}

#[test]
fn rindex_4() {
    assert_eq!(rindex("hello world", "o", Some(-100), None), Ok(7));
}

#[test]
fn index_5() {
    assert_eq!(index("hello", "l", Some(1), Some(3)), Ok(2));
}

#[test]
fn rindex_5() {
    assert_eq!(rindex("hello", "l", Some(1), Some(3)), Ok(2));
}

#[test]
fn index_6() {
    assert_eq!(index("hello", "", None, None), Ok(0));
}

#[test]
fn rindex_6() {
    assert_eq!(rindex("hello", "", None, None), Ok(5));
}

#[test]
fn index_7() {
    assert_eq!(index("hello", "", Some(5), None), Ok(5));
}

#[test]
fn rindex_7() {
    assert_eq!(rindex("hello", "", Some(5), None), Ok(5));
}

#[test]
fn index_8() {
    assert_eq!(
        index("hello", "", Some(6), None),
        Err("substring not found".to_string())
    );
}

#[test]
fn rindex_8() {
    assert_eq!(
        rindex("hello", "", Some(6), None),
        Err("substring not found".to_string())
    );
}

#[test]
fn index_9() {
    assert_eq!(
        index("hello", "xyz", None, None),
        Err("substring not found".to_string())
    );
}

#[test]
fn rindex_9() {
    assert_eq!(
        rindex("hello", "xyz", None, None),
        Err("substring not found".to_string())
    );
}

#[test]
fn index_10() {
    assert_eq!(index("", "", None, None), Ok(0));
}

#[test]
fn rindex_10() {
    assert_eq!(rindex("", "", None, None), Ok(0));
}

#[test]
fn index_11() {
    assert_eq!(
        index("", "a", None, None),
        Err("substring not found".to_string())
    );
}

#[test]
fn rindex_11() {
    assert_eq!(
        rindex("", "a", None, None),
        Err("substring not found".to_string())
    );
}

#[test]
fn index_12() {
    assert_eq!(
        index("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", None, None),
        Ok(1)
    );
}

#[test]
fn rindex_12() {
    assert_eq!(
        rindex("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", None, None),
        Ok(4)
    );
}

#[test]
fn index_13() {
    assert_eq!(
        index("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", Some(2), None),
        Ok(4)
    );
}

#[test]
fn rindex_13() {
    assert_eq!(
        rindex("h\u{e9}ll\u{e9} w\u{f6}rld", "\u{e9}", Some(2), None),
        Ok(4)
    );
}

#[test]
fn startswith_1() {
    assert!(startswith("hello", &["he"], None, None));
}

#[test]
fn endswith_1() {
    assert!(!endswith("hello", &["he"], None, None));
}

#[test]
fn startswith_2() {
    assert!(!startswith("hello", &["lo"], None, None));
}

#[test]
fn endswith_2() {
    assert!(endswith("hello", &["lo"], None, None));
}

#[test]
fn startswith_3() {
    assert!(startswith("hello", &["x", "hel"], None, None));
}

#[test]
fn endswith_3() {
    assert!(!endswith("hello", &["x", "hel"], None, None));
}

#[test]
fn startswith_4() {
    assert!(startswith("hello", &[""], Some(5), None));
}

#[test]
fn endswith_4() {
    assert!(endswith("hello", &[""], Some(5), None));
}

#[test]
fn startswith_5() {
    assert!(!startswith("hello", &[""], Some(6), None));
}

#[test]
fn endswith_5() {
    assert!(!endswith("hello", &[""], Some(6), None));
}

#[test]
fn startswith_6() {
    assert!(startswith("hello", &["ll"], Some(2), None));
}

#[test]
fn endswith_6() {
    assert!(!endswith("hello", &["ll"], Some(2), None));
}

#[test]
fn startswith_7() {
    assert!(!startswith("hello", &["ll"], Some(2), Some(3)));
}

#[test]
fn endswith_7() {
    assert!(!endswith("hello", &["ll"], Some(2), Some(3)));
}

#[test]
fn startswith_8() {
    assert!(startswith("hello", &["ll"], Some(-3), Some(-1)));
}

#[test]
fn endswith_8() {
    assert!(endswith("hello", &["ll"], Some(-3), Some(-1)));
}

#[test]
fn startswith_9() {
    assert!(startswith("h\u{e9}llo", &["\u{e9}l"], Some(1), None));
}

#[test]
fn endswith_9() {
    assert!(!endswith("h\u{e9}llo", &["\u{e9}l"], Some(1), None));
}

#[test]
fn startswith_10() {
    assert!(!startswith("hello", &[""], Some(3), Some(1)));
}

#[test]
fn endswith_10() {
    assert!(!endswith("hello", &[""], Some(3), Some(1)));
}

#[test]
fn startswith_11() {
    assert!(startswith("", &[""], None, None));
}

#[test]
fn endswith_11() {
    assert!(endswith("", &[""], None, None));
}

#[test]
fn startswith_12() {
    assert!(!startswith("hello", &["hello!"], None, None));
}

#[test]
fn endswith_12() {
    assert!(!endswith("hello", &["hello!"], None, None));
}

#[test]
fn startswith_13() {
    assert!(!startswith("hello", &[], None, None));
}

#[test]
fn endswith_13() {
    assert!(!endswith("hello", &[], None, None));
}

#[test]
fn case_1() {
    assert_eq!(upper("hello World"), "HELLO WORLD");
    assert_eq!(lower("hello World"), "hello world");
    assert_eq!(title("hello World"), "Hello World");
    assert_eq!(capitalize("hello World"), "Hello world");
    assert_eq!(swapcase("hello World"), "HELLO wORLD");
    assert_eq!(casefold("hello World"), "hello world");
}

#[test]
fn case_2() {
    assert_eq!(upper(""), "");
    assert_eq!(lower(""), "");
    assert_eq!(title(""), "");
    assert_eq!(capitalize(""), "");
    assert_eq!(swapcase(""), "");
    assert_eq!(casefold(""), "");
}

#[test]
fn case_3() {
    assert_eq!(upper("\u{df}"), "SS");
    assert_eq!(lower("\u{df}"), "\u{df}");
    assert_eq!(title("\u{df}"), "Ss");
    assert_eq!(capitalize("\u{df}"), "Ss");
    assert_eq!(swapcase("\u{df}"), "SS");
    assert_eq!(casefold("\u{df}"), "ss");
}

#[test]
fn case_4() {
    assert_eq!(upper("stra\u{df}e"), "STRASSE");
    assert_eq!(lower("stra\u{df}e"), "stra\u{df}e");
    assert_eq!(title("stra\u{df}e"), "Stra\u{df}e");
    assert_eq!(capitalize("stra\u{df}e"), "Stra\u{df}e");
    assert_eq!(swapcase("stra\u{df}e"), "STRASSE");
    assert_eq!(casefold("stra\u{df}e"), "strasse");
}

#[test]
fn case_5() {
    assert_eq!(upper("\u{fb01}sh"), "FISH");
    assert_eq!(lower("\u{fb01}sh"), "\u{fb01}sh");
    assert_eq!(title("\u{fb01}sh"), "Fish");
    assert_eq!(capitalize("\u{fb01}sh"), "Fish");
    assert_eq!(swapcase("\u{fb01}sh"), "FISH");
    assert_eq!(casefold("\u{fb01}sh"), "fish");
}

#[test]
fn case_6() {
    assert_eq!(upper("\u{391}\u{3a3}"), "\u{391}\u{3a3}");
    assert_eq!(lower("\u{391}\u{3a3}"), "\u{3b1}\u{3c2}");
    assert_eq!(title("\u{391}\u{3a3}"), "\u{391}\u{3c2}");
    assert_eq!(capitalize("\u{391}\u{3a3}"), "\u{391}\u{3c2}");
    assert_eq!(swapcase("\u{391}\u{3a3}"), "\u{3b1}\u{3c2}");
    assert_eq!(casefold("\u{391}\u{3a3}"), "\u{3b1}\u{3c3}");
}

#[test]
fn case_7() {
    assert_eq!(
        upper("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"
    );
    assert_eq!(
        lower("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        title("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3c2} \u{391}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        capitalize("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        swapcase("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        casefold("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c3} \u{3b1}\u{3c3}\u{3b1}"
    );
}

#[test]
fn case_8() {
    assert_eq!(upper("\u{3a3}"), "\u{3a3}");
    assert_eq!(lower("\u{3a3}"), "\u{3c3}");
    assert_eq!(title("\u{3a3}"), "\u{3a3}");
    assert_eq!(capitalize("\u{3a3}"), "\u{3a3}");
    assert_eq!(swapcase("\u{3a3}"), "\u{3c3}");
    assert_eq!(casefold("\u{3a3}"), "\u{3c3}");
}

#[test]
fn case_9() {
    assert_eq!(upper("\u{391}\u{3a3}."), "\u{391}\u{3a3}.");
    assert_eq!(lower("\u{391}\u{3a3}."), "\u{3b1}\u{3c2}.");
    assert_eq!(title("\u{391}\u{3a3}."), "\u{391}\u{3c2}.");
    assert_eq!(capitalize("\u{391}\u{3a3}."), "\u{391}\u{3c2}.");
    assert_eq!(swapcase("\u{391}\u{3a3}."), "\u{3b1}\u{3c2}.");
    assert_eq!(casefold("\u{391}\u{3a3}."), "\u{3b1}\u{3c3}.");
}

#[test]
fn case_10() {
    assert_eq!(upper("\u{130}stanbul"), "\u{130}STANBUL");
    assert_eq!(lower("\u{130}stanbul"), "i\u{307}stanbul");
    assert_eq!(title("\u{130}stanbul"), "\u{130}stanbul");
    assert_eq!(capitalize("\u{130}stanbul"), "\u{130}stanbul");
    assert_eq!(swapcase("\u{130}stanbul"), "i\u{307}STANBUL");
    assert_eq!(casefold("\u{130}stanbul"), "i\u{307}stanbul");
}

#[test]
fn case_11() {
    assert_eq!(
        upper("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c4}A \u{1c4}B \u{1c4}C"
    );
    assert_eq!(
        lower("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c6}a \u{1c6}b \u{1c6}c"
    );
    assert_eq!(
        title("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c5}a \u{1c5}b \u{1c5}c"
    );
    assert_eq!(
        capitalize("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c5}a \u{1c6}b \u{1c6}c"
    );
    assert_eq!(
        swapcase("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c4}A \u{1c5}B \u{1c6}C"
    );
    assert_eq!(
        casefold("\u{1c6}a \u{1c5}b \u{1c4}c"),
        "\u{1c6}a \u{1c6}b \u{1c6}c"
    );
}

#[test]
fn case_12() {
    assert_eq!(upper("they're bill's friends"), "THEY'RE BILL'S FRIENDS");
    assert_eq!(lower("they're bill's friends"), "they're bill's friends");
    assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
    assert_eq!(
        capitalize("they're bill's friends"),
        "They're bill's friends"
    );
    assert_eq!(swapcase("they're bill's friends"), "THEY'RE BILL'S FRIENDS");
    assert_eq!(casefold("they're bill's friends"), "they're bill's friends");
}

#[test]
fn case_13() {
    assert_eq!(upper("hello_world-foo bar2baz"), "HELLO_WORLD-FOO BAR2BAZ");
    assert_eq!(lower("hello_world-foo bar2baz"), "hello_world-foo bar2baz");
    assert_eq!(title("hello_world-foo bar2baz"), "Hello_World-Foo Bar2Baz");
    assert_eq!(
        capitalize("hello_world-foo bar2baz"),
        "Hello_world-foo bar2baz"
    );
    assert_eq!(
        swapcase("hello_world-foo bar2baz"),
        "HELLO_WORLD-FOO BAR2BAZ"
    );
    assert_eq!(
        casefold("hello_world-foo bar2baz"),
        "hello_world-foo bar2baz"
    );
}

#[test]
fn case_14() {
    assert_eq!(
        upper("\u{b5} \u{1e9e} \u{149}"),
        "\u{39c} \u{1e9e} \u{2bc}N"
    );
    assert_eq!(lower("\u{b5} \u{1e9e} \u{149}"), "\u{b5} \u{df} \u{149}");
    assert_eq!(
        title("\u{b5} \u{1e9e} \u{149}"),
        "\u{39c} \u{1e9e} \u{2bc}N"
    );
    assert_eq!(
        capitalize("\u{b5} \u{1e9e} \u{149}"),
        "\u{39c} \u{df} \u{149}"
    );
    assert_eq!(
        swapcase("\u{b5} \u{1e9e} \u{149}"),
        "\u{39c} \u{df} \u{2bc}N"
    );
    assert_eq!(casefold("\u{b5} \u{1e9e} \u{149}"), "\u{3bc} ss \u{2bc}n");
}

#[test]
fn case_15() {
    assert_eq!(upper("\u{1f80} \u{1fb3}"), "\u{1f08}\u{399} \u{391}\u{399}");
    assert_eq!(lower("\u{1f80} \u{1fb3}"), "\u{1f80} \u{1fb3}");
    assert_eq!(title("\u{1f80} \u{1fb3}"), "\u{1f88} \u{1fbc}");
    assert_eq!(capitalize("\u{1f80} \u{1fb3}"), "\u{1f88} \u{1fb3}");
    assert_eq!(
        swapcase("\u{1f80} \u{1fb3}"),
        "\u{1f08}\u{399} \u{391}\u{399}"
    );
    assert_eq!(
        casefold("\u{1f80} \u{1fb3}"),
        "\u{1f00}\u{3b9} \u{3b1}\u{3b9}"
    );
}

#[test]
fn case_16() {
    assert_eq!(upper("\u{10d0}\u{10d1}"), "\u{1c90}\u{1c91}");
    assert_eq!(lower("\u{10d0}\u{10d1}"), "\u{10d0}\u{10d1}");
    assert_eq!(title("\u{10d0}\u{10d1}"), "\u{10d0}\u{10d1}");
    assert_eq!(capitalize("\u{10d0}\u{10d1}"), "\u{10d0}\u{10d1}");
    assert_eq!(swapcase("\u{10d0}\u{10d1}"), "\u{1c90}\u{1c91}");
    assert_eq!(casefold("\u{10d0}\u{10d1}"), "\u{10d0}\u{10d1}");
}

#[test]
fn case_17() {
    assert_eq!(upper("\u{ab70}\u{13a0}"), "\u{13a0}\u{13a0}");
    assert_eq!(lower("\u{ab70}\u{13a0}"), "\u{ab70}\u{ab70}");
    assert_eq!(title("\u{ab70}\u{13a0}"), "\u{13a0}\u{ab70}");
    assert_eq!(capitalize("\u{ab70}\u{13a0}"), "\u{13a0}\u{ab70}");
    assert_eq!(swapcase("\u{ab70}\u{13a0}"), "\u{13a0}\u{ab70}");
    assert_eq!(casefold("\u{ab70}\u{13a0}"), "\u{13a0}\u{13a0}");
}

#[test]
fn case_18() {
    assert_eq!(upper("123abc"), "123ABC");
    assert_eq!(lower("123abc"), "123abc");
    assert_eq!(title("123abc"), "123Abc");
    assert_eq!(capitalize("123abc"), "123abc");
    assert_eq!(swapcase("123abc"), "123ABC");
    assert_eq!(casefold("123abc"), "123abc");
}

#[test]
fn case_19() {
    assert_eq!(upper("\u{587}"), "\u{535}\u{552}");
    assert_eq!(lower("\u{587}"), "\u{587}");
    assert_eq!(title("\u{587}"), "\u{535}\u{582}");
    assert_eq!(capitalize("\u{587}"), "\u{535}\u{582}");
    assert_eq!(swapcase("\u{587}"), "\u{535}\u{552}");
    assert_eq!(casefold("\u{587}"), "\u{565}\u{582}");
}

#[test]
fn case_20() {
    assert_eq!(upper("o\u{301}ne TWO"), "O\u{301}NE TWO");
    assert_eq!(lower("o\u{301}ne TWO"), "o\u{301}ne two");
    assert_eq!(title("o\u{301}ne TWO"), "O\u{301}Ne Two");
    assert_eq!(capitalize("o\u{301}ne TWO"), "O\u{301}ne two");
    assert_eq!(swapcase("o\u{301}ne TWO"), "O\u{301}NE two");
    assert_eq!(casefold("o\u{301}ne TWO"), "o\u{301}ne two");
}

#[test]
fn case_21() {
    assert_eq!(upper("\u{19b}\u{264}"), "\u{19b}\u{264}");
    assert_eq!(lower("\u{19b}\u{264}"), "\u{19b}\u{264}");
    assert_eq!(title("\u{19b}\u{264}"), "\u{19b}\u{264}");
    assert_eq!(capitalize("\u{19b}\u{264}"), "\u{19b}\u{264}");
    assert_eq!(swapcase("\u{19b}\u{264}"), "\u{19b}\u{264}");
    assert_eq!(casefold("\u{19b}\u{264}"), "\u{19b}\u{264}");
}

#[test]
fn case_22() {
    assert_eq!(upper("A\u{2b0}\u{3a3}"), "A\u{2b0}\u{3a3}");
    assert_eq!(lower("A\u{2b0}\u{3a3}"), "a\u{2b0}\u{3c2}");
    assert_eq!(title("A\u{2b0}\u{3a3}"), "A\u{2b0}\u{3c2}");
    assert_eq!(capitalize("A\u{2b0}\u{3a3}"), "A\u{2b0}\u{3c2}");
    assert_eq!(swapcase("A\u{2b0}\u{3a3}"), "a\u{2b0}\u{3c2}");
    assert_eq!(casefold("A\u{2b0}\u{3a3}"), "a\u{2b0}\u{3c3}");
}

#[test]
fn case_23() {
    assert_eq!(upper("HeLLo wORLD 9x"), "HELLO WORLD 9X");
    assert_eq!(lower("HeLLo wORLD 9x"), "hello world 9x");
    assert_eq!(title("HeLLo wORLD 9x"), "Hello World 9X");
    assert_eq!(capitalize("HeLLo wORLD 9x"), "Hello world 9x");
    assert_eq!(swapcase("HeLLo wORLD 9x"), "hEllO World 9X");
    assert_eq!(casefold("HeLLo wORLD 9x"), "hello world 9x");
}

#[test]
fn case_24() {
    assert_eq!(upper("a"), "A");
    assert_eq!(lower("a"), "a");
    assert_eq!(title("a"), "A");
    assert_eq!(capitalize("a"), "A");
    assert_eq!(swapcase("a"), "A");
    assert_eq!(casefold("a"), "a");
}

#[test]
fn case_25() {
    assert_eq!(upper(" lead"), " LEAD");
    assert_eq!(lower(" lead"), " lead");
    assert_eq!(title(" lead"), " Lead");
    assert_eq!(capitalize(" lead"), " lead");
    assert_eq!(swapcase(" lead"), " LEAD");
    assert_eq!(casefold(" lead"), " lead");
}

#[test]
fn case_26() {
    assert_eq!(upper("x1y_z"), "X1Y_Z");
    assert_eq!(lower("x1y_z"), "x1y_z");
    assert_eq!(title("x1y_z"), "X1Y_Z");
    assert_eq!(capitalize("x1y_z"), "X1y_z");
    assert_eq!(swapcase("x1y_z"), "X1Y_Z");
    assert_eq!(casefold("x1y_z"), "x1y_z");
}

#[test]
fn predicates_1() {
    assert!(!isdigit(""), "isdigit");
    assert!(!isalpha(""), "isalpha");
    assert!(!isspace(""), "isspace");
    assert!(!isalnum(""), "isalnum");
    assert!(!isdecimal(""), "isdecimal");
    assert!(!isnumeric(""), "isnumeric");
    assert!(!isidentifier(""), "isidentifier");
    assert!(isprintable(""), "isprintable");
    assert!(!islower(""), "islower");
    assert!(!isupper(""), "isupper");
    assert!(!istitle(""), "istitle");
    assert!(isascii(""), "isascii");
}

#[test]
fn predicates_2() {
    assert!(!isdigit("abc"), "isdigit");
    assert!(isalpha("abc"), "isalpha");
    assert!(!isspace("abc"), "isspace");
    assert!(isalnum("abc"), "isalnum");
    assert!(!isdecimal("abc"), "isdecimal");
    assert!(!isnumeric("abc"), "isnumeric");
    assert!(isidentifier("abc"), "isidentifier");
    assert!(isprintable("abc"), "isprintable");
    assert!(islower("abc"), "islower");
    assert!(!isupper("abc"), "isupper");
    assert!(!istitle("abc"), "istitle");
    assert!(isascii("abc"), "isascii");
}

#[test]
fn predicates_3() {
    assert!(!isdigit("ABC"), "isdigit");
    assert!(isalpha("ABC"), "isalpha");
    assert!(!isspace("ABC"), "isspace");
    assert!(isalnum("ABC"), "isalnum");
    assert!(!isdecimal("ABC"), "isdecimal");
    assert!(!isnumeric("ABC"), "isnumeric");
    assert!(isidentifier("ABC"), "isidentifier");
    assert!(isprintable("ABC"), "isprintable");
    assert!(!islower("ABC"), "islower");
    assert!(isupper("ABC"), "isupper");
    assert!(!istitle("ABC"), "istitle");
    assert!(isascii("ABC"), "isascii");
}

#[test]
fn predicates_4() {
    assert!(!isdigit("Abc"), "isdigit");
    assert!(isalpha("Abc"), "isalpha");
    assert!(!isspace("Abc"), "isspace");
    assert!(isalnum("Abc"), "isalnum");
    assert!(!isdecimal("Abc"), "isdecimal");
    assert!(!isnumeric("Abc"), "isnumeric");
    assert!(isidentifier("Abc"), "isidentifier");
    assert!(isprintable("Abc"), "isprintable");
    assert!(!islower("Abc"), "islower");
    assert!(!isupper("Abc"), "isupper");
    assert!(istitle("Abc"), "istitle");
    assert!(isascii("Abc"), "isascii");
}

#[test]
fn predicates_5() {
    assert!(!isdigit("aBc"), "isdigit");
    assert!(isalpha("aBc"), "isalpha");
    assert!(!isspace("aBc"), "isspace");
    assert!(isalnum("aBc"), "isalnum");
    assert!(!isdecimal("aBc"), "isdecimal");
    assert!(!isnumeric("aBc"), "isnumeric");
    assert!(isidentifier("aBc"), "isidentifier");
    assert!(isprintable("aBc"), "isprintable");
    assert!(!islower("aBc"), "islower");
    assert!(!isupper("aBc"), "isupper");
    assert!(!istitle("aBc"), "istitle");
    assert!(isascii("aBc"), "isascii");
}

#[test]
fn predicates_6() {
    assert!(!isdigit("abc123"), "isdigit");
    assert!(!isalpha("abc123"), "isalpha");
    assert!(!isspace("abc123"), "isspace");
    assert!(isalnum("abc123"), "isalnum");
    assert!(!isdecimal("abc123"), "isdecimal");
    assert!(!isnumeric("abc123"), "isnumeric");
    assert!(isidentifier("abc123"), "isidentifier");
    assert!(isprintable("abc123"), "isprintable");
    assert!(islower("abc123"), "islower");
    assert!(!isupper("abc123"), "isupper");
    assert!(!istitle("abc123"), "istitle");
    assert!(isascii("abc123"), "isascii");
}

#[test]
fn predicates_7() {
    assert!(isdigit("123"), "isdigit");
    assert!(!isalpha("123"), "isalpha");
    assert!(!isspace("123"), "isspace");
    assert!(isalnum("123"), "isalnum");
    assert!(isdecimal("123"), "isdecimal");
    assert!(isnumeric("123"), "isnumeric");
    assert!(!isidentifier("123"), "isidentifier");
    assert!(isprintable("123"), "isprintable");
    assert!(!islower("123"), "islower");
    assert!(!isupper("123"), "isupper");
    assert!(!istitle("123"), "istitle");
    assert!(isascii("123"), "isascii");
}

#[test]
fn predicates_8() {
    assert!(isdigit("\u{663}\u{664}"), "isdigit");
    assert!(!isalpha("\u{663}\u{664}"), "isalpha");
    assert!(!isspace("\u{663}\u{664}"), "isspace");
    assert!(isalnum("\u{663}\u{664}"), "isalnum");
    assert!(isdecimal("\u{663}\u{664}"), "isdecimal");
    assert!(isnumeric("\u{663}\u{664}"), "isnumeric");
    assert!(!isidentifier("\u{663}\u{664}"), "isidentifier");
    assert!(isprintable("\u{663}\u{664}"), "isprintable");
    assert!(!islower("\u{663}\u{664}"), "islower");
    assert!(!isupper("\u{663}\u{664}"), "isupper");
    assert!(!istitle("\u{663}\u{664}"), "istitle");
    assert!(!isascii("\u{663}\u{664}"), "isascii");
}

#[test]
fn predicates_9() {
    assert!(isdigit("\u{b2}"), "isdigit");
    assert!(!isalpha("\u{b2}"), "isalpha");
    assert!(!isspace("\u{b2}"), "isspace");
    assert!(isalnum("\u{b2}"), "isalnum");
    assert!(!isdecimal("\u{b2}"), "isdecimal");
    assert!(isnumeric("\u{b2}"), "isnumeric");
    assert!(!isidentifier("\u{b2}"), "isidentifier");
    assert!(isprintable("\u{b2}"), "isprintable");
    assert!(!islower("\u{b2}"), "islower");
    assert!(!isupper("\u{b2}"), "isupper");
    assert!(!istitle("\u{b2}"), "istitle");
    assert!(!isascii("\u{b2}"), "isascii");
}

#[test]
fn predicates_10() {
    assert!(!isdigit("\u{2155}"), "isdigit");
    assert!(!isalpha("\u{2155}"), "isalpha");
    assert!(!isspace("\u{2155}"), "isspace");
    assert!(isalnum("\u{2155}"), "isalnum");
    assert!(!isdecimal("\u{2155}"), "isdecimal");
    assert!(isnumeric("\u{2155}"), "isnumeric");
    assert!(!isidentifier("\u{2155}"), "isidentifier");
    assert!(isprintable("\u{2155}"), "isprintable");
    assert!(!islower("\u{2155}"), "islower");
    assert!(!isupper("\u{2155}"), "isupper");
    assert!(!istitle("\u{2155}"), "istitle");
    assert!(!isascii("\u{2155}"), "isascii");
}

#[test]
fn predicates_11() {
    assert!(!isdigit("\u{4e00}"), "isdigit");
    assert!(isalpha("\u{4e00}"), "isalpha");
    assert!(!isspace("\u{4e00}"), "isspace");
    assert!(isalnum("\u{4e00}"), "isalnum");
    assert!(!isdecimal("\u{4e00}"), "isdecimal");
    assert!(isnumeric("\u{4e00}"), "isnumeric");
    assert!(isidentifier("\u{4e00}"), "isidentifier");
    assert!(isprintable("\u{4e00}"), "isprintable");
    assert!(!islower("\u{4e00}"), "islower");
    assert!(!isupper("\u{4e00}"), "isupper");
    assert!(!istitle("\u{4e00}"), "istitle");
    assert!(!isascii("\u{4e00}"), "isascii");
}

#[test]
fn predicates_12() {
    assert!(!isdigit("\u{2167}"), "isdigit");
    assert!(!isalpha("\u{2167}"), "isalpha");
    assert!(!isspace("\u{2167}"), "isspace");
    assert!(isalnum("\u{2167}"), "isalnum");
    assert!(!isdecimal("\u{2167}"), "isdecimal");
    assert!(isnumeric("\u{2167}"), "isnumeric");
    assert!(isidentifier("\u{2167}"), "isidentifier");
    assert!(isprintable("\u{2167}"), "isprintable");
    assert!(!islower("\u{2167}"), "islower");
    assert!(isupper("\u{2167}"), "isupper");
    assert!(istitle("\u{2167}"), "istitle");
    assert!(!isascii("\u{2167}"), "isascii");
}

#[test]
fn predicates_13() {
    assert!(!isdigit("\u{e9}t\u{e9}"), "isdigit");
    assert!(isalpha("\u{e9}t\u{e9}"), "isalpha");
    assert!(!isspace("\u{e9}t\u{e9}"), "isspace");
    assert!(isalnum("\u{e9}t\u{e9}"), "isalnum");
    assert!(!isdecimal("\u{e9}t\u{e9}"), "isdecimal");
    assert!(!isnumeric("\u{e9}t\u{e9}"), "isnumeric");
    assert!(isidentifier("\u{e9}t\u{e9}"), "isidentifier");
    assert!(isprintable("\u{e9}t\u{e9}"), "isprintable");
    assert!(islower("\u{e9}t\u{e9}"), "islower");
    assert!(!isupper("\u{e9}t\u{e9}"), "isupper");
    assert!(!istitle("\u{e9}t\u{e9}"), "istitle");
    assert!(!isascii("\u{e9}t\u{e9}"), "isascii");
}

#[test]
fn predicates_14() {
    assert!(!isdigit(" \t\n"), "isdigit");
    assert!(!isalpha(" \t\n"), "isalpha");
    assert!(isspace(" \t\n"), "isspace");
    assert!(!isalnum(" \t\n"), "isalnum");
    assert!(!isdecimal(" \t\n"), "isdecimal");
    assert!(!isnumeric(" \t\n"), "isnumeric");
    assert!(!isidentifier(" \t\n"), "isidentifier");
    assert!(!isprintable(" \t\n"), "isprintable");
    assert!(!islower(" \t\n"), "islower");
    assert!(!isupper(" \t\n"), "isupper");
    assert!(!istitle(" \t\n"), "istitle");
    assert!(isascii(" \t\n"), "isascii");
}

#[test]
fn predicates_15() {
    assert!(!isdigit("\u{1c}\u{1d}\u{1e}\u{1f}"), "isdigit");
    assert!(!isalpha("\u{1c}\u{1d}\u{1e}\u{1f}"), "isalpha");
    assert!(isspace("\u{1c}\u{1d}\u{1e}\u{1f}"), "isspace");
    assert!(!isalnum("\u{1c}\u{1d}\u{1e}\u{1f}"), "isalnum");
    assert!(!isdecimal("\u{1c}\u{1d}\u{1e}\u{1f}"), "isdecimal");
    assert!(!isnumeric("\u{1c}\u{1d}\u{1e}\u{1f}"), "isnumeric");
    assert!(!isidentifier("\u{1c}\u{1d}\u{1e}\u{1f}"), "isidentifier");
    assert!(!isprintable("\u{1c}\u{1d}\u{1e}\u{1f}"), "isprintable");
    assert!(!islower("\u{1c}\u{1d}\u{1e}\u{1f}"), "islower");
    assert!(!isupper("\u{1c}\u{1d}\u{1e}\u{1f}"), "isupper");
    assert!(!istitle("\u{1c}\u{1d}\u{1e}\u{1f}"), "istitle");
    assert!(isascii("\u{1c}\u{1d}\u{1e}\u{1f}"), "isascii");
}

#[test]
fn predicates_16() {
    assert!(!isdigit("\u{85}\u{a0}\u{2028}"), "isdigit");
    assert!(!isalpha("\u{85}\u{a0}\u{2028}"), "isalpha");
    assert!(isspace("\u{85}\u{a0}\u{2028}"), "isspace");
    assert!(!isalnum("\u{85}\u{a0}\u{2028}"), "isalnum");
    assert!(!isdecimal("\u{85}\u{a0}\u{2028}"), "isdecimal");
    assert!(!isnumeric("\u{85}\u{a0}\u{2028}"), "isnumeric");
    assert!(!isidentifier("\u{85}\u{a0}\u{2028}"), "isidentifier");
    assert!(!isprintable("\u{85}\u{a0}\u{2028}"), "isprintable");
    assert!(!islower("\u{85}\u{a0}\u{2028}"), "islower");
    assert!(!isupper("\u{85}\u{a0}\u{2028}"), "isupper");
    assert!(!istitle("\u{85}\u{a0}\u{2028}"), "istitle");
    assert!(!isascii("\u{85}\u{a0}\u{2028}"), "isascii");
}

#[test]
fn predicates_17() {
    assert!(!isdigit("\u{200b}"), "isdigit");
    assert!(!isalpha("\u{200b}"), "isalpha");
    assert!(!isspace("\u{200b}"), "isspace");
    assert!(!isalnum("\u{200b}"), "isalnum");
    assert!(!isdecimal("\u{200b}"), "isdecimal");
    assert!(!isnumeric("\u{200b}"), "isnumeric");
    assert!(!isidentifier("\u{200b}"), "isidentifier");
    assert!(!isprintable("\u{200b}"), "isprintable");
    assert!(!islower("\u{200b}"), "islower");
    assert!(!isupper("\u{200b}"), "isupper");
    assert!(!istitle("\u{200b}"), "istitle");
    assert!(!isascii("\u{200b}"), "isascii");
}

#[test]
fn predicates_18() {
    assert!(!isdigit("a b"), "isdigit");
    assert!(!isalpha("a b"), "isalpha");
    assert!(!isspace("a b"), "isspace");
    assert!(!isalnum("a b"), "isalnum");
    assert!(!isdecimal("a b"), "isdecimal");
    assert!(!isnumeric("a b"), "isnumeric");
    assert!(!isidentifier("a b"), "isidentifier");
    assert!(isprintable("a b"), "isprintable");
    assert!(islower("a b"), "islower");
    assert!(!isupper("a b"), "isupper");
    assert!(!istitle("a b"), "istitle");
    assert!(isascii("a b"), "isascii");
}

#[test]
fn predicates_19() {
    assert!(!isdigit("_id"), "isdigit");
    assert!(!isalpha("_id"), "isalpha");
    assert!(!isspace("_id"), "isspace");
    assert!(!isalnum("_id"), "isalnum");
    assert!(!isdecimal("_id"), "isdecimal");
    assert!(!isnumeric("_id"), "isnumeric");
    assert!(isidentifier("_id"), "isidentifier");
    assert!(isprintable("_id"), "isprintable");
    assert!(islower("_id"), "islower");
    assert!(!isupper("_id"), "isupper");
    assert!(!istitle("_id"), "istitle");
    assert!(isascii("_id"), "isascii");
}

#[test]
fn predicates_20() {
    assert!(!isdigit("1id"), "isdigit");
    assert!(!isalpha("1id"), "isalpha");
    assert!(!isspace("1id"), "isspace");
    assert!(isalnum("1id"), "isalnum");
    assert!(!isdecimal("1id"), "isdecimal");
    assert!(!isnumeric("1id"), "isnumeric");
    assert!(!isidentifier("1id"), "isidentifier");
    assert!(isprintable("1id"), "isprintable");
    assert!(islower("1id"), "islower");
    assert!(!isupper("1id"), "isupper");
    assert!(!istitle("1id"), "istitle");
    assert!(isascii("1id"), "isascii");
}

#[test]
fn predicates_21() {
    assert!(!isdigit("\u{e9}t\u{e9}_1"), "isdigit");
    assert!(!isalpha("\u{e9}t\u{e9}_1"), "isalpha");
    assert!(!isspace("\u{e9}t\u{e9}_1"), "isspace");
    assert!(!isalnum("\u{e9}t\u{e9}_1"), "isalnum");
    assert!(!isdecimal("\u{e9}t\u{e9}_1"), "isdecimal");
    assert!(!isnumeric("\u{e9}t\u{e9}_1"), "isnumeric");
    assert!(isidentifier("\u{e9}t\u{e9}_1"), "isidentifier");
    assert!(isprintable("\u{e9}t\u{e9}_1"), "isprintable");
    assert!(islower("\u{e9}t\u{e9}_1"), "islower");
    assert!(!isupper("\u{e9}t\u{e9}_1"), "isupper");
    assert!(!istitle("\u{e9}t\u{e9}_1"), "istitle");
    assert!(!isascii("\u{e9}t\u{e9}_1"), "isascii");
}

#[test]
fn predicates_22() {
    assert!(!isdigit("\u{2118}x"), "isdigit");
    assert!(!isalpha("\u{2118}x"), "isalpha");
    assert!(!isspace("\u{2118}x"), "isspace");
    assert!(!isalnum("\u{2118}x"), "isalnum");
    assert!(!isdecimal("\u{2118}x"), "isdecimal");
    assert!(!isnumeric("\u{2118}x"), "isnumeric");
    assert!(isidentifier("\u{2118}x"), "isidentifier");
    assert!(isprintable("\u{2118}x"), "isprintable");
    assert!(islower("\u{2118}x"), "islower");
    assert!(!isupper("\u{2118}x"), "isupper");
    assert!(!istitle("\u{2118}x"), "istitle");
    assert!(!isascii("\u{2118}x"), "isascii");
}

#[test]
fn predicates_23() {
    assert!(!isdigit("\u{b7}x"), "isdigit");
    assert!(!isalpha("\u{b7}x"), "isalpha");
    assert!(!isspace("\u{b7}x"), "isspace");
    assert!(!isalnum("\u{b7}x"), "isalnum");
    assert!(!isdecimal("\u{b7}x"), "isdecimal");
    assert!(!isnumeric("\u{b7}x"), "isnumeric");
    assert!(!isidentifier("\u{b7}x"), "isidentifier");
    assert!(isprintable("\u{b7}x"), "isprintable");
    assert!(islower("\u{b7}x"), "islower");
    assert!(!isupper("\u{b7}x"), "isupper");
    assert!(!istitle("\u{b7}x"), "istitle");
    assert!(!isascii("\u{b7}x"), "isascii");
}

#[test]
fn predicates_24() {
    assert!(!isdigit("x\u{b7}"), "isdigit");
    assert!(!isalpha("x\u{b7}"), "isalpha");
    assert!(!isspace("x\u{b7}"), "isspace");
    assert!(!isalnum("x\u{b7}"), "isalnum");
    assert!(!isdecimal("x\u{b7}"), "isdecimal");
    assert!(!isnumeric("x\u{b7}"), "isnumeric");
    assert!(isidentifier("x\u{b7}"), "isidentifier");
    assert!(isprintable("x\u{b7}"), "isprintable");
    assert!(islower("x\u{b7}"), "islower");
    assert!(!isupper("x\u{b7}"), "isupper");
    assert!(!istitle("x\u{b7}"), "istitle");
    assert!(!isascii("x\u{b7}"), "isascii");
}

#[test]
fn predicates_25() {
    assert!(!isdigit("hello\u{7f}"), "isdigit");
    assert!(!isalpha("hello\u{7f}"), "isalpha");
    assert!(!isspace("hello\u{7f}"), "isspace");
    assert!(!isalnum("hello\u{7f}"), "isalnum");
    assert!(!isdecimal("hello\u{7f}"), "isdecimal");
    assert!(!isnumeric("hello\u{7f}"), "isnumeric");
    assert!(!isidentifier("hello\u{7f}"), "isidentifier");
    assert!(!isprintable("hello\u{7f}"), "isprintable");
    assert!(islower("hello\u{7f}"), "islower");
    assert!(!isupper("hello\u{7f}"), "isupper");
    assert!(!istitle("hello\u{7f}"), "istitle");
    assert!(isascii("hello\u{7f}"), "isascii");
}

#[test]
fn predicates_26() {
    assert!(!isdigit("\u{a0}"), "isdigit");
    assert!(!isalpha("\u{a0}"), "isalpha");
    assert!(isspace("\u{a0}"), "isspace");
    assert!(!isalnum("\u{a0}"), "isalnum");
    assert!(!isdecimal("\u{a0}"), "isdecimal");
    assert!(!isnumeric("\u{a0}"), "isnumeric");
    assert!(!isidentifier("\u{a0}"), "isidentifier");
    assert!(!isprintable("\u{a0}"), "isprintable");
    assert!(!islower("\u{a0}"), "islower");
    assert!(!isupper("\u{a0}"), "isupper");
    assert!(!istitle("\u{a0}"), "istitle");
    assert!(!isascii("\u{a0}"), "isascii");
}

#[test]
fn predicates_27() {
    assert!(!isdigit("\u{ad}"), "isdigit");
    assert!(!isalpha("\u{ad}"), "isalpha");
    assert!(!isspace("\u{ad}"), "isspace");
    assert!(!isalnum("\u{ad}"), "isalnum");
    assert!(!isdecimal("\u{ad}"), "isdecimal");
    assert!(!isnumeric("\u{ad}"), "isnumeric");
    assert!(!isidentifier("\u{ad}"), "isidentifier");
    assert!(!isprintable("\u{ad}"), "isprintable");
    assert!(!islower("\u{ad}"), "islower");
    assert!(!isupper("\u{ad}"), "isupper");
    assert!(!istitle("\u{ad}"), "istitle");
    assert!(!isascii("\u{ad}"), "isascii");
}

#[test]
fn predicates_28() {
    assert!(!isdigit("caf\u{e9}"), "isdigit");
    assert!(isalpha("caf\u{e9}"), "isalpha");
    assert!(!isspace("caf\u{e9}"), "isspace");
    assert!(isalnum("caf\u{e9}"), "isalnum");
    assert!(!isdecimal("caf\u{e9}"), "isdecimal");
    assert!(!isnumeric("caf\u{e9}"), "isnumeric");
    assert!(isidentifier("caf\u{e9}"), "isidentifier");
    assert!(isprintable("caf\u{e9}"), "isprintable");
    assert!(islower("caf\u{e9}"), "islower");
    assert!(!isupper("caf\u{e9}"), "isupper");
    assert!(!istitle("caf\u{e9}"), "istitle");
    assert!(!isascii("caf\u{e9}"), "isascii");
}

#[test]
fn predicates_29() {
    assert!(!isdigit("\u{1f600}"), "isdigit");
    assert!(!isalpha("\u{1f600}"), "isalpha");
    assert!(!isspace("\u{1f600}"), "isspace");
    assert!(!isalnum("\u{1f600}"), "isalnum");
    assert!(!isdecimal("\u{1f600}"), "isdecimal");
    assert!(!isnumeric("\u{1f600}"), "isnumeric");
    assert!(!isidentifier("\u{1f600}"), "isidentifier");
    assert!(isprintable("\u{1f600}"), "isprintable");
    assert!(!islower("\u{1f600}"), "islower");
    assert!(!isupper("\u{1f600}"), "isupper");
    assert!(!istitle("\u{1f600}"), "istitle");
    assert!(!isascii("\u{1f600}"), "isascii");
}

#[test]
fn predicates_30() {
    assert!(!isdigit("Hello World"), "isdigit");
    assert!(!isalpha("Hello World"), "isalpha");
    assert!(!isspace("Hello World"), "isspace");
    assert!(!isalnum("Hello World"), "isalnum");
    assert!(!isdecimal("Hello World"), "isdecimal");
    assert!(!isnumeric("Hello World"), "isnumeric");
    assert!(!isidentifier("Hello World"), "isidentifier");
    assert!(isprintable("Hello World"), "isprintable");
    assert!(!islower("Hello World"), "islower");
    assert!(!isupper("Hello World"), "isupper");
    assert!(istitle("Hello World"), "istitle");
    assert!(isascii("Hello World"), "isascii");
}

#[test]
fn predicates_31() {
    assert!(!isdigit("Hello world"), "isdigit");
    assert!(!isalpha("Hello world"), "isalpha");
    assert!(!isspace("Hello world"), "isspace");
    assert!(!isalnum("Hello world"), "isalnum");
    assert!(!isdecimal("Hello world"), "isdecimal");
    assert!(!isnumeric("Hello world"), "isnumeric");
    assert!(!isidentifier("Hello world"), "isidentifier");
    assert!(isprintable("Hello world"), "isprintable");
    assert!(!islower("Hello world"), "islower");
    assert!(!isupper("Hello world"), "isupper");
    assert!(!istitle("Hello world"), "istitle");
    assert!(isascii("Hello world"), "isascii");
}

#[test]
fn predicates_32() {
    assert!(!isdigit("HELLO"), "isdigit");
    assert!(isalpha("HELLO"), "isalpha");
    assert!(!isspace("HELLO"), "isspace");
    assert!(isalnum("HELLO"), "isalnum");
    assert!(!isdecimal("HELLO"), "isdecimal");
    assert!(!isnumeric("HELLO"), "isnumeric");
    assert!(isidentifier("HELLO"), "isidentifier");
    assert!(isprintable("HELLO"), "isprintable");
    assert!(!islower("HELLO"), "islower");
    assert!(isupper("HELLO"), "isupper");
    assert!(!istitle("HELLO"), "istitle");
    assert!(isascii("HELLO"), "isascii");
}

#[test]
fn predicates_33() {
    assert!(!isdigit("\u{1c5}a"), "isdigit");
    assert!(isalpha("\u{1c5}a"), "isalpha");
    assert!(!isspace("\u{1c5}a"), "isspace");
    assert!(isalnum("\u{1c5}a"), "isalnum");
    assert!(!isdecimal("\u{1c5}a"), "isdecimal");
    assert!(!isnumeric("\u{1c5}a"), "isnumeric");
    assert!(isidentifier("\u{1c5}a"), "isidentifier");
    assert!(isprintable("\u{1c5}a"), "isprintable");
    assert!(!islower("\u{1c5}a"), "islower");
    assert!(!isupper("\u{1c5}a"), "isupper");
    assert!(istitle("\u{1c5}a"), "istitle");
    assert!(!isascii("\u{1c5}a"), "isascii");
}

#[test]
fn predicates_34() {
    assert!(!isdigit("\u{1c5}A"), "isdigit");
    assert!(isalpha("\u{1c5}A"), "isalpha");
    assert!(!isspace("\u{1c5}A"), "isspace");
    assert!(isalnum("\u{1c5}A"), "isalnum");
    assert!(!isdecimal("\u{1c5}A"), "isdecimal");
    assert!(!isnumeric("\u{1c5}A"), "isnumeric");
    assert!(isidentifier("\u{1c5}A"), "isidentifier");
    assert!(isprintable("\u{1c5}A"), "isprintable");
    assert!(!islower("\u{1c5}A"), "islower");
    assert!(!isupper("\u{1c5}A"), "isupper");
    assert!(!istitle("\u{1c5}A"), "istitle");
    assert!(!isascii("\u{1c5}A"), "isascii");
}

#[test]
fn predicates_35() {
    assert!(!isdigit("A1 B2"), "isdigit");
    assert!(!isalpha("A1 B2"), "isalpha");
    assert!(!isspace("A1 B2"), "isspace");
    assert!(!isalnum("A1 B2"), "isalnum");
    assert!(!isdecimal("A1 B2"), "isdecimal");
    assert!(!isnumeric("A1 B2"), "isnumeric");
    assert!(!isidentifier("A1 B2"), "isidentifier");
    assert!(isprintable("A1 B2"), "isprintable");
    assert!(!islower("A1 B2"), "islower");
    assert!(isupper("A1 B2"), "isupper");
    assert!(istitle("A1 B2"), "istitle");
    assert!(isascii("A1 B2"), "isascii");
}

#[test]
fn predicates_36() {
    assert!(!isdigit("a1"), "isdigit");
    assert!(!isalpha("a1"), "isalpha");
    assert!(!isspace("a1"), "isspace");
    assert!(isalnum("a1"), "isalnum");
    assert!(!isdecimal("a1"), "isdecimal");
    assert!(!isnumeric("a1"), "isnumeric");
    assert!(isidentifier("a1"), "isidentifier");
    assert!(isprintable("a1"), "isprintable");
    assert!(islower("a1"), "islower");
    assert!(!isupper("a1"), "isupper");
    assert!(!istitle("a1"), "istitle");
    assert!(isascii("a1"), "isascii");
}

#[test]
fn predicates_37() {
    assert!(!isdigit("\u{345}"), "isdigit");
    assert!(!isalpha("\u{345}"), "isalpha");
    assert!(!isspace("\u{345}"), "isspace");
    assert!(!isalnum("\u{345}"), "isalnum");
    assert!(!isdecimal("\u{345}"), "isdecimal");
    assert!(!isnumeric("\u{345}"), "isnumeric");
    assert!(!isidentifier("\u{345}"), "isidentifier");
    assert!(isprintable("\u{345}"), "isprintable");
    assert!(islower("\u{345}"), "islower");
    assert!(!isupper("\u{345}"), "isupper");
    assert!(!istitle("\u{345}"), "istitle");
    assert!(!isascii("\u{345}"), "isascii");
}

#[test]
fn predicates_38() {
    assert!(!isdigit("\u{2b0}"), "isdigit");
    assert!(isalpha("\u{2b0}"), "isalpha");
    assert!(!isspace("\u{2b0}"), "isspace");
    assert!(isalnum("\u{2b0}"), "isalnum");
    assert!(!isdecimal("\u{2b0}"), "isdecimal");
    assert!(!isnumeric("\u{2b0}"), "isnumeric");
    assert!(isidentifier("\u{2b0}"), "isidentifier");
    assert!(isprintable("\u{2b0}"), "isprintable");
    assert!(islower("\u{2b0}"), "islower");
    assert!(!isupper("\u{2b0}"), "isupper");
    assert!(!istitle("\u{2b0}"), "istitle");
    assert!(!isascii("\u{2b0}"), "isascii");
}

#[test]
fn predicates_39() {
    assert!(!isdigit("\u{2160}"), "isdigit");
    assert!(!isalpha("\u{2160}"), "isalpha");
    assert!(!isspace("\u{2160}"), "isspace");
    assert!(isalnum("\u{2160}"), "isalnum");
    assert!(!isdecimal("\u{2160}"), "isdecimal");
    assert!(isnumeric("\u{2160}"), "isnumeric");
    assert!(isidentifier("\u{2160}"), "isidentifier");
    assert!(isprintable("\u{2160}"), "isprintable");
    assert!(!islower("\u{2160}"), "islower");
    assert!(isupper("\u{2160}"), "isupper");
    assert!(istitle("\u{2160}"), "istitle");
    assert!(!isascii("\u{2160}"), "isascii");
}

#[test]
fn predicates_40() {
    assert!(!isdigit("\u{24b6}"), "isdigit");
    assert!(!isalpha("\u{24b6}"), "isalpha");
    assert!(!isspace("\u{24b6}"), "isspace");
    assert!(!isalnum("\u{24b6}"), "isalnum");
    assert!(!isdecimal("\u{24b6}"), "isdecimal");
    assert!(!isnumeric("\u{24b6}"), "isnumeric");
    assert!(!isidentifier("\u{24b6}"), "isidentifier");
    assert!(isprintable("\u{24b6}"), "isprintable");
    assert!(!islower("\u{24b6}"), "islower");
    assert!(isupper("\u{24b6}"), "isupper");
    assert!(istitle("\u{24b6}"), "istitle");
    assert!(!isascii("\u{24b6}"), "isascii");
}

#[test]
fn predicates_41() {
    assert!(isdigit("\u{660}"), "isdigit");
    assert!(!isalpha("\u{660}"), "isalpha");
    assert!(!isspace("\u{660}"), "isspace");
    assert!(isalnum("\u{660}"), "isalnum");
    assert!(isdecimal("\u{660}"), "isdecimal");
    assert!(isnumeric("\u{660}"), "isnumeric");
    assert!(!isidentifier("\u{660}"), "isidentifier");
    assert!(isprintable("\u{660}"), "isprintable");
    assert!(!islower("\u{660}"), "islower");
    assert!(!isupper("\u{660}"), "isupper");
    assert!(!istitle("\u{660}"), "istitle");
    assert!(!isascii("\u{660}"), "isascii");
}

#[test]
fn predicates_42() {
    assert!(isdigit("\u{1d7ce}"), "isdigit");
    assert!(!isalpha("\u{1d7ce}"), "isalpha");
    assert!(!isspace("\u{1d7ce}"), "isspace");
    assert!(isalnum("\u{1d7ce}"), "isalnum");
    assert!(isdecimal("\u{1d7ce}"), "isdecimal");
    assert!(isnumeric("\u{1d7ce}"), "isnumeric");
    assert!(!isidentifier("\u{1d7ce}"), "isidentifier");
    assert!(isprintable("\u{1d7ce}"), "isprintable");
    assert!(!islower("\u{1d7ce}"), "islower");
    assert!(!isupper("\u{1d7ce}"), "isupper");
    assert!(!istitle("\u{1d7ce}"), "istitle");
    assert!(!isascii("\u{1d7ce}"), "isascii");
}

#[test]
fn predicates_43() {
    assert!(isdigit("\u{e50}"), "isdigit");
    assert!(!isalpha("\u{e50}"), "isalpha");
    assert!(!isspace("\u{e50}"), "isspace");
    assert!(isalnum("\u{e50}"), "isalnum");
    assert!(isdecimal("\u{e50}"), "isdecimal");
    assert!(isnumeric("\u{e50}"), "isnumeric");
    assert!(!isidentifier("\u{e50}"), "isidentifier");
    assert!(isprintable("\u{e50}"), "isprintable");
    assert!(!islower("\u{e50}"), "islower");
    assert!(!isupper("\u{e50}"), "isupper");
    assert!(!istitle("\u{e50}"), "istitle");
    assert!(!isascii("\u{e50}"), "isascii");
}

#[test]
fn predicates_44() {
    assert!(!isdigit("ab\u{300}"), "isdigit");
    assert!(!isalpha("ab\u{300}"), "isalpha");
    assert!(!isspace("ab\u{300}"), "isspace");
    assert!(!isalnum("ab\u{300}"), "isalnum");
    assert!(!isdecimal("ab\u{300}"), "isdecimal");
    assert!(!isnumeric("ab\u{300}"), "isnumeric");
    assert!(isidentifier("ab\u{300}"), "isidentifier");
    assert!(isprintable("ab\u{300}"), "isprintable");
    assert!(islower("ab\u{300}"), "islower");
    assert!(!isupper("ab\u{300}"), "isupper");
    assert!(!istitle("ab\u{300}"), "istitle");
    assert!(!isascii("ab\u{300}"), "isascii");
}

#[test]
fn predicates_45() {
    assert!(!isdigit("\u{feff}"), "isdigit");
    assert!(!isalpha("\u{feff}"), "isalpha");
    assert!(!isspace("\u{feff}"), "isspace");
    assert!(!isalnum("\u{feff}"), "isalnum");
    assert!(!isdecimal("\u{feff}"), "isdecimal");
    assert!(!isnumeric("\u{feff}"), "isnumeric");
    assert!(!isidentifier("\u{feff}"), "isidentifier");
    assert!(!isprintable("\u{feff}"), "isprintable");
    assert!(!islower("\u{feff}"), "islower");
    assert!(!isupper("\u{feff}"), "isupper");
    assert!(!istitle("\u{feff}"), "istitle");
    assert!(!isascii("\u{feff}"), "isascii");
}

#[test]
fn predicates_46() {
    assert!(!isdigit("\u{3000}"), "isdigit");
    assert!(!isalpha("\u{3000}"), "isalpha");
    assert!(isspace("\u{3000}"), "isspace");
    assert!(!isalnum("\u{3000}"), "isalnum");
    assert!(!isdecimal("\u{3000}"), "isdecimal");
    assert!(!isnumeric("\u{3000}"), "isnumeric");
    assert!(!isidentifier("\u{3000}"), "isidentifier");
    assert!(!isprintable("\u{3000}"), "isprintable");
    assert!(!islower("\u{3000}"), "islower");
    assert!(!isupper("\u{3000}"), "isupper");
    assert!(!istitle("\u{3000}"), "istitle");
    assert!(!isascii("\u{3000}"), "isascii");
}

#[test]
fn predicates_47() {
    assert!(!isdigit("\u{1680}"), "isdigit");
    assert!(!isalpha("\u{1680}"), "isalpha");
    assert!(isspace("\u{1680}"), "isspace");
    assert!(!isalnum("\u{1680}"), "isalnum");
    assert!(!isdecimal("\u{1680}"), "isdecimal");
    assert!(!isnumeric("\u{1680}"), "isnumeric");
    assert!(!isidentifier("\u{1680}"), "isidentifier");
    assert!(!isprintable("\u{1680}"), "isprintable");
    assert!(!islower("\u{1680}"), "islower");
    assert!(!isupper("\u{1680}"), "isupper");
    assert!(!istitle("\u{1680}"), "istitle");
    assert!(!isascii("\u{1680}"), "isascii");
}

#[test]
fn predicates_48() {
    assert!(!isdigit("\u{d7ff}"), "isdigit");
    assert!(!isalpha("\u{d7ff}"), "isalpha");
    assert!(!isspace("\u{d7ff}"), "isspace");
    assert!(!isalnum("\u{d7ff}"), "isalnum");
    assert!(!isdecimal("\u{d7ff}"), "isdecimal");
    assert!(!isnumeric("\u{d7ff}"), "isnumeric");
    assert!(!isidentifier("\u{d7ff}"), "isidentifier");
    assert!(!isprintable("\u{d7ff}"), "isprintable");
    assert!(!islower("\u{d7ff}"), "islower");
    assert!(!isupper("\u{d7ff}"), "isupper");
    assert!(!istitle("\u{d7ff}"), "istitle");
    assert!(!isascii("\u{d7ff}"), "isascii");
}

#[test]
fn predicates_49() {
    assert!(!isdigit("\u{e0001}"), "isdigit");
    assert!(!isalpha("\u{e0001}"), "isalpha");
    assert!(!isspace("\u{e0001}"), "isspace");
    assert!(!isalnum("\u{e0001}"), "isalnum");
    assert!(!isdecimal("\u{e0001}"), "isdecimal");
    assert!(!isnumeric("\u{e0001}"), "isnumeric");
    assert!(!isidentifier("\u{e0001}"), "isidentifier");
    assert!(!isprintable("\u{e0001}"), "isprintable");
    assert!(!islower("\u{e0001}"), "islower");
    assert!(!isupper("\u{e0001}"), "isupper");
    assert!(!istitle("\u{e0001}"), "istitle");
    assert!(!isascii("\u{e0001}"), "isascii");
}

#[test]
fn predicates_50() {
    assert!(isdigit("\u{ff10}"), "isdigit");
    assert!(!isalpha("\u{ff10}"), "isalpha");
    assert!(!isspace("\u{ff10}"), "isspace");
    assert!(isalnum("\u{ff10}"), "isalnum");
    assert!(isdecimal("\u{ff10}"), "isdecimal");
    assert!(isnumeric("\u{ff10}"), "isnumeric");
    assert!(!isidentifier("\u{ff10}"), "isidentifier");
    assert!(isprintable("\u{ff10}"), "isprintable");
    assert!(!islower("\u{ff10}"), "islower");
    assert!(!isupper("\u{ff10}"), "isupper");
    assert!(!istitle("\u{ff10}"), "istitle");
    assert!(!isascii("\u{ff10}"), "isascii");
}

#[test]
fn predicates_51() {
    assert!(!isdigit("\u{378}"), "isdigit");
    assert!(!isalpha("\u{378}"), "isalpha");
    assert!(!isspace("\u{378}"), "isspace");
    assert!(!isalnum("\u{378}"), "isalnum");
    assert!(!isdecimal("\u{378}"), "isdecimal");
    assert!(!isnumeric("\u{378}"), "isnumeric");
    assert!(!isidentifier("\u{378}"), "isidentifier");
    assert!(!isprintable("\u{378}"), "isprintable");
    assert!(!islower("\u{378}"), "islower");
    assert!(!isupper("\u{378}"), "isupper");
    assert!(!istitle("\u{378}"), "istitle");
    assert!(!isascii("\u{378}"), "isascii");
}

#[test]
fn center_1() {
    assert_eq!(center("abc", 7, '\u{20}'), "  abc  ");
}

#[test]
fn ljust_1() {
    assert_eq!(ljust("abc", 7, '\u{20}'), "abc    ");
}

#[test]
fn rjust_1() {
    assert_eq!(rjust("abc", 7, '\u{20}'), "    abc");
}

#[test]
fn center_2() {
    assert_eq!(center("abc", 6, '\u{20}'), " abc  ");
}

#[test]
fn ljust_2() {
    assert_eq!(ljust("abc", 6, '\u{20}'), "abc   ");
}

#[test]
fn rjust_2() {
    assert_eq!(rjust("abc", 6, '\u{20}'), "   abc");
}

#[test]
fn center_3() {
    assert_eq!(center("ab", 7, '\u{2a}'), "***ab**");
}

#[test]
fn ljust_3() {
    assert_eq!(ljust("ab", 7, '\u{2a}'), "ab*****");
}

#[test]
fn rjust_3() {
    assert_eq!(rjust("ab", 7, '\u{2a}'), "*****ab");
}

#[test]
fn center_4() {
    assert_eq!(center("ab", 6, '\u{2a}'), "**ab**");
}

#[test]
fn ljust_4() {
    assert_eq!(ljust("ab", 6, '\u{2a}'), "ab****");
}

#[test]
fn rjust_4() {
    assert_eq!(rjust("ab", 6, '\u{2a}'), "****ab");
}

#[test]
fn center_5() {
    assert_eq!(center("abc", 2, '\u{20}'), "abc");
}

#[test]
fn ljust_5() {
    assert_eq!(ljust("abc", 2, '\u{20}'), "abc");
}

#[test]
fn rjust_5() {
    assert_eq!(rjust("abc", 2, '\u{20}'), "abc");
}

#[test]
fn center_6() {
    assert_eq!(center("abc", -5, '\u{20}'), "abc");
}

#[test]
fn ljust_6() {
    assert_eq!(ljust("abc", -5, '\u{20}'), "abc");
}

#[test]
fn rjust_6() {
    assert_eq!(rjust("abc", -5, '\u{20}'), "abc");
}

#[test]
fn center_7() {
    assert_eq!(center("\u{e9}", 4, '\u{e9}'), "\u{e9}\u{e9}\u{e9}\u{e9}");
}

#[test]
fn ljust_7() {
    assert_eq!(ljust("\u{e9}", 4, '\u{e9}'), "\u{e9}\u{e9}\u{e9}\u{e9}");
}

#[test]
fn rjust_7() {
    assert_eq!(rjust("\u{e9}", 4, '\u{e9}'), "\u{e9}\u{e9}\u{e9}\u{e9}");
}

#[test]
fn center_8() {
    assert_eq!(center("", 3, '\u{2d}'), "---");
}

#[test]
fn ljust_8() {
    assert_eq!(ljust("", 3, '\u{2d}'), "---");
}

#[test]
fn rjust_8() {
    assert_eq!(rjust("", 3, '\u{2d}'), "---");
}

#[test]
fn center_9() {
    assert_eq!(center("a", 4, '\u{20}'), " a  ");
}

#[test]
fn ljust_9() {
    assert_eq!(ljust("a", 4, '\u{20}'), "a   ");
}

#[test]
fn rjust_9() {
    assert_eq!(rjust("a", 4, '\u{20}'), "   a");
}

#[test]
fn zfill_1() {
    assert_eq!(zfill("42", 5), "00042");
}

#[test]
fn zfill_2() {
    assert_eq!(zfill("-42", 5), "-0042");
}

#[test]
fn zfill_3() {
    assert_eq!(zfill("+42", 5), "+0042");
}

#[test]
fn zfill_4() {
    assert_eq!(zfill("", 3), "000");
}

#[test]
fn zfill_5() {
    assert_eq!(zfill("abc", 2), "abc");
}

#[test]
fn zfill_6() {
    assert_eq!(zfill("-", 3), "-00");
}

#[test]
fn zfill_7() {
    assert_eq!(zfill("\u{e9}", 3), "00\u{e9}");
}

#[test]
fn zfill_8() {
    assert_eq!(zfill("--1", 5), "-00-1");
}

#[test]
fn expandtabs_1() {
    assert_eq!(expandtabs("a\tb", 8), "a       b");
}

#[test]
fn expandtabs_2() {
    assert_eq!(expandtabs("a\tb", 4), "a   b");
}

#[test]
fn expandtabs_3() {
    assert_eq!(expandtabs("ab\tc\nd\te", 4), "ab  c\nd   e");
}

#[test]
fn expandtabs_4() {
    assert_eq!(expandtabs("\t", 0), "");
}

#[test]
fn expandtabs_5() {
    assert_eq!(expandtabs("x\ty", -1), "xy");
}

#[test]
fn expandtabs_6() {
    assert_eq!(expandtabs("abcd\te", 4), "abcd    e");
}

#[test]
fn expandtabs_7() {
    assert_eq!(expandtabs("a\r\tb", 3), "a\r   b");
}

#[test]
fn expandtabs_8() {
    assert_eq!(expandtabs("\u{e9}\tx", 4), "\u{e9}   x");
}

#[test]
fn expandtabs_9() {
    assert_eq!(expandtabs("no tabs", 8), "no tabs");
}

#[test]
fn partition_1() {
    assert_eq!(partition("a=b=c", "="), Ok(("a", "=", "b=c")));
}

#[test]
fn rpartition_1() {
    assert_eq!(rpartition("a=b=c", "="), Ok(("a=b", "=", "c")));
}

#[test]
fn partition_2() {
    assert_eq!(partition("abc", "="), Ok(("abc", "", "")));
}

#[test]
fn rpartition_2() {
    assert_eq!(rpartition("abc", "="), Ok(("", "", "abc")));
}

#[test]
fn partition_3() {
    assert_eq!(partition("", "x"), Ok(("", "", "")));
}

#[test]
fn rpartition_3() {
    assert_eq!(rpartition("", "x"), Ok(("", "", "")));
}

#[test]
fn partition_4() {
    assert_eq!(partition("a::b", "::"), Ok(("a", "::", "b")));
}

#[test]
fn rpartition_4() {
    assert_eq!(rpartition("a::b", "::"), Ok(("a", "::", "b")));
}

#[test]
fn partition_5() {
    assert_eq!(
        partition("\u{e9}x\u{e9}", "x"),
        Ok(("\u{e9}", "x", "\u{e9}"))
    );
}

#[test]
fn rpartition_5() {
    assert_eq!(
        rpartition("\u{e9}x\u{e9}", "x"),
        Ok(("\u{e9}", "x", "\u{e9}"))
    );
}

#[test]
fn partition_6() {
    assert_eq!(partition("abc", ""), Err("empty separator".to_string()));
}

#[test]
fn rpartition_6() {
    assert_eq!(rpartition("abc", ""), Err("empty separator".to_string()));
}

#[test]
fn encode_1() {
    assert_eq!(encode("abc", "utf-8", "strict"), Ok(b"abc".to_vec()));
}

#[test]
fn encode_2() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}\u{1f600}", "utf-8", "strict"),
        Ok(b"h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80".to_vec())
    );
}

#[test]
fn encode_3() {
    assert_eq!(
        encode_message("h\u{e9}", "ascii", "strict"),
        Err(
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
                .to_string()
        )
    );
}

#[test]
fn encode_4() {
    assert_eq!(
        encode_message("a\u{e9}\u{e9} b", "ascii", "strict"),
        Err(
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
                .to_string()
        )
    );
}

#[test]
fn encode_5() {
    assert_eq!(encode_message("h\u{e9}\u{20ac}", "latin-1", "strict"), Err("'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)".to_string()));
}

#[test]
fn encode_6() {
    assert_eq!(encode_message("h\u{e9}\u{20ac}", "latin1", "strict"), Err("'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)".to_string()));
}

#[test]
fn encode_7() {
    assert_eq!(encode_message("x\u{1f600}", "ascii", "strict"), Err("'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)".to_string()));
}

#[test]
fn encode_8() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}x", "ascii", "ignore"),
        Ok(b"hx".to_vec())
    );
}

#[test]
fn encode_9() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}x", "ascii", "replace"),
        Ok(b"h??x".to_vec())
    );
}

#[test]
fn encode_10() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}\u{1f600}", "ascii", "backslashreplace"),
        Ok(b"h\x5cxe9\x5cu20ac\x5cU0001f600".to_vec())
    );
}

#[test]
fn encode_11() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}", "ascii", "xmlcharrefreplace"),
        Ok(b"h&#233;&#8364;".to_vec())
    );
}

#[test]
fn encode_12() {
    assert_eq!(
        encode("h\u{e9}\u{20ac}", "latin-1", "replace"),
        Ok(b"h\xe9?".to_vec())
    );
}

#[test]
fn encode_13() {
    assert_eq!(encode("abc", "ascii", "bogus"), Ok(b"abc".to_vec()));
}

#[test]
fn encode_14() {
    assert_eq!(
        encode("\u{e9}", "ascii", "bogus"),
        Err(EncodeError::Lookup(
            "unknown error handler name 'bogus'".to_string()
        ))
    );
}

#[test]
fn encode_15() {
    assert_eq!(
        encode("\u{e9}", "bogus", "strict"),
        Err(EncodeError::Lookup("unknown encoding: bogus".to_string()))
    );
}

#[test]
fn encode_16() {
    assert_eq!(encode("\u{e9}", "UTF8", "strict"), Ok(b"\xc3\xa9".to_vec()));
}

#[test]
fn encode_17() {
    assert_eq!(
        encode("h\u{e9}", "utf-16", "strict"),
        Ok(b"\xff\xfeh\x00\xe9\x00".to_vec())
    );
}

#[test]
fn encode_18() {
    assert_eq!(
        encode("h\u{e9}", "utf-16-be", "strict"),
        Ok(b"\x00h\x00\xe9".to_vec())
    );
}

#[test]
fn encode_19() {
    assert_eq!(
        encode("h\u{1f600}", "utf-16-le", "strict"),
        Ok(b"h\x00=\xd8\x00\xde".to_vec())
    );
}

#[test]
fn encode_20() {
    assert_eq!(
        encode("h\u{e9}", "utf-32", "strict"),
        Ok(b"\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00".to_vec())
    );
}

#[test]
fn encode_21() {
    assert_eq!(
        encode_message("\u{e9}", "US-ASCII", "strict"),
        Err(
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
                .to_string()
        )
    );
}

#[test]
fn encode_22() {
    assert_eq!(
        encode("\u{e9}", "iso-8859-1", "strict"),
        Ok(b"\xe9".to_vec())
    );
}

#[test]
fn encode_23() {
    assert_eq!(
        encode("\u{e9}", "utf-8-sig", "strict"),
        Ok(b"\xef\xbb\xbf\xc3\xa9".to_vec())
    );
}

#[test]
fn encode_24() {
    assert_eq!(
        encode("ab", "UTF-8-SIG", "strict"),
        Ok(b"\xef\xbb\xbfab".to_vec())
    );
}

/// `encode`, with a Unicode failure as the message CPython's exception shows.
fn encode_message(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, String> {
    encode(text, encoding, errors).map_err(|e| match e {
        EncodeError::Unicode(f) => {
            let first = text.chars().nth(f.start);
            encode_failure_message(f.encoding, first, f.start, f.end, &f.reason)
        }
        EncodeError::Lookup(m) => m,
    })
}
