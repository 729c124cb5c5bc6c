//! Orders checked against CPython 3.11. Each case is a tiny script in an op language that
//! `run` interprets; the expected output is what the equivalent Python program printed.
//!
//! Ops (sets are named by one word; keys are ints, floats or tuples written as in Python,
//! without spaces):
//! `new A k…` = `A = set([k…])`, `lit A k…` = `A = {k…}` (a constant display),
//! `dict A k…` = `A = set(dict.fromkeys([k…]))`, `add A k`, `disc A k`, `pop A`
//! (prints the key), `clear A`, `copy A B` = `B = A.copy()`, `or|and|sub|xor A B C` =
//! `C = A op B`, `upd|iand|isub|ixor A B` = `A op= B`, `updl A k…` = `A.update([k…])`,
//! `isubl A k…` = `A.difference_update([k…])`, `andl A C k…` = `C = A.intersection([k…])`,
//! `p A` = `print(A)`, `h A` = `print(hash(frozenset(A)))`, `fconst A k…` =
//! `A = [x for x in {k…}]` (iterating a folded constant), `pl A` = `print(A)` for those,
//! `updd`/`xord`/`subd`/`andd` take `dict.fromkeys([k…])`, `xorl`/`subl`/`orl` a list,
//! `self op A [C]` applies `op` with `A` on both sides.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;

use super::*;
use crate::objects::dict::hash_of;

fn parse_value(tok: &str) -> Value {
    if let Some(inner) = tok.strip_prefix('(') {
        let inner = inner.strip_suffix(')').expect("tuple closes");
        // Split on the commas at nesting depth 0 only.
        let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
        for (i, c) in inner.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(parse_value(&inner[start..i]));
                    start = i + 1;
                }
                _ => {}
            }
        }
        if start < inner.len() {
            items.push(parse_value(&inner[start..]));
        }
        return Value::tuple(items);
    }
    if tok == "True" || tok == "False" {
        return Value::from(tok == "True");
    }
    if tok.contains(['.', 'e', 'n']) {
        return Value::from(tok.parse::<f64>().expect("float"));
    }
    Value::from_bigint(tok.parse::<BigInt>().expect("int"))
}

fn key(tok: &str) -> DictKey {
    let value = parse_value(tok);
    DictKey {
        hash: hash_of(&value).expect("hashable"),
        value,
    }
}

fn repr(v: &Value) -> String {
    match v {
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        other => format!("{other:?}"),
    }
}

fn show(t: &SetTable) -> String {
    if t.is_empty() {
        return "set()".into();
    }
    let items: Vec<String> = t.iter().map(|k| repr(&k.value)).collect();
    format!("{{{}}}", items.join(", "))
}

/// The keys of `dict.fromkeys(keys)`: the first of equal keys, in insertion order.
fn dict_keys(keys: Vec<DictKey>) -> Vec<DictKey> {
    let mut uniq: Vec<DictKey> = Vec::new();
    for k in keys {
        if !uniq.contains(&k) {
            uniq.push(k);
        }
    }
    uniq
}

/// Runs an op script; returns the printed lines.
fn run(script: &str) -> Vec<String> {
    let mut sets: HashMap<String, SetTable> = HashMap::new();
    let mut out = Vec::new();
    for line in script.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let w: Vec<&str> = line.split_whitespace().collect();
        let keys = |from: usize| w[from..].iter().map(|t| key(t)).collect::<Vec<_>>();
        let get = |sets: &HashMap<String, SetTable>, name: &str| sets[name].clone();
        match w[0] {
            "new" => {
                sets.insert(w[1].into(), SetTable::from_keys(keys(2)));
            }
            "lit" => {
                let items = keys(2);
                let t = if items.len() > 2 {
                    SetTable::from_constant_display(items)
                } else {
                    SetTable::from_keys(items)
                };
                sets.insert(w[1].into(), t);
            }
            "fconst" => {
                sets.insert(w[1].into(), SetTable::frozen_constant(keys(2)));
            }
            "pl" => {
                let items: Vec<String> = sets[w[1]].iter().map(|k| repr(&k.value)).collect();
                out.push(format!("[{}]", items.join(", ")));
            }
            "dict" => {
                let ks = dict_keys(keys(2));
                sets.insert(w[1].into(), SetTable::from_dict_keys(ks.into_iter()));
            }
            "add" => {
                sets.get_mut(w[1]).unwrap().insert(key(w[2]));
            }
            "disc" => {
                sets.get_mut(w[1]).unwrap().discard(&key(w[2]));
            }
            "pop" => {
                let k = sets.get_mut(w[1]).unwrap().pop().expect("non-empty");
                out.push(repr(&k.value));
            }
            "clear" => sets.get_mut(w[1]).unwrap().clear(),
            "copy" => {
                let c = sets[w[1]].copy();
                sets.insert(w[2].into(), c);
            }
            "or" | "and" | "sub" | "xor" => {
                let (a, b) = (get(&sets, w[1]), get(&sets, w[2]));
                let c = match w[0] {
                    "or" => a.union(&b),
                    "and" => a.intersection(&b),
                    "sub" => a.difference(&b),
                    _ => a.symmetric_difference(&b),
                };
                sets.insert(w[3].into(), c);
            }
            "upd" | "iand" | "isub" | "ixor" => {
                let b = get(&sets, w[2]);
                let a = sets.get_mut(w[1]).unwrap();
                match w[0] {
                    "upd" => a.update(&b),
                    "iand" => a.intersection_update(&b),
                    "isub" => a.difference_update(&b),
                    _ => a.symmetric_difference_update(&b),
                }
            }
            "updl" => {
                let ks = keys(2);
                sets.get_mut(w[1]).unwrap().extend(ks);
            }
            "isubl" => {
                let ks = keys(2);
                sets.get_mut(w[1]).unwrap().difference_update_iter(ks);
            }
            "andl" => {
                let c = sets[w[1]].intersection_iter(keys(3));
                sets.insert(w[2].into(), c);
            }
            "updd" => {
                let ks = dict_keys(keys(2));
                sets.get_mut(w[1])
                    .unwrap()
                    .update_from_dict_keys(ks.into_iter());
            }
            "xorl" => {
                let t = SetTable::from_keys(keys(2));
                sets.get_mut(w[1]).unwrap().symmetric_difference_update(&t);
            }
            "xord" => {
                let ks = dict_keys(keys(2));
                sets.get_mut(w[1])
                    .unwrap()
                    .symmetric_difference_update_iter(ks);
            }
            "subl" => {
                let c = sets[w[1]].difference_iter(keys(3));
                sets.insert(w[2].into(), c);
            }
            "subd" => {
                let t = SetTable::from_keys(dict_keys(keys(3)));
                let c = sets[w[1]].difference(&t);
                sets.insert(w[2].into(), c);
            }
            "andd" => {
                let c = sets[w[1]].intersection_iter(dict_keys(keys(3)));
                sets.insert(w[2].into(), c);
            }
            "orl" => {
                let mut c = sets[w[1]].copy();
                c.extend(keys(3));
                sets.insert(w[2].into(), c);
            }
            "self" => {
                // The same object on both sides goes through `PySet`'s aliasing checks.
                let a = PySet::new(sets.remove(w[2]).unwrap());
                let result = match w[1] {
                    "or" => Some(a.union(&a)),
                    "and" => Some(a.intersection(&a)),
                    "sub" => Some(a.difference(&a)),
                    "xor" => Some(a.symmetric_difference(&a)),
                    "upd" => {
                        a.update(&a);
                        None
                    }
                    "iand" => {
                        a.intersection_update(&a);
                        None
                    }
                    "isub" => {
                        a.difference_update(&a);
                        None
                    }
                    _ => {
                        a.symmetric_difference_update(&a);
                        None
                    }
                };
                sets.insert(w[2].into(), a.clone_table());
                if let Some(c) = result {
                    sets.insert(w[3].into(), c);
                }
            }
            "p" => out.push(show(&sets[w[1]])),
            "dump" => out.push(
                sets[w[1]]
                    .slots
                    .iter()
                    .map(|s| match s {
                        Slot::Empty => "_".to_string(),
                        Slot::Dummy => "D".to_string(),
                        Slot::Active(k) => repr(&k.value).replace(" ", ""),
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            "sz" => out.push(sets[w[1]].slots.len().to_string()),
            "h" => out.push(hash_frozenset(&sets[w[1]]).to_string()),
            other => panic!("unknown op {other}"),
        }
    }
    out
}

fn check(cases: &[(&str, &str)]) {
    for (script, expected) in cases {
        let got = run(script);
        let want: Vec<&str> = expected
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(got, want, "script:\n{script}");
    }
}

/// `set(list)`, displays, dicts, resizes and which of equal keys stays.
#[test]
fn construction() {
    check(&[
        // a display of variables inserts in order
        (
            "
         new A 3 1 2
         p A",
            "
         {1, 2, 3}",
        ),
        (
            "
         lit A 3 1 2
         p A",
            "
         {1, 2, 3}",
        ),
        (
            "
         new A 10 5 33
         p A",
            "
         {33, 10, 5}",
        ),
        (
            "
         lit A 1 9 17
         p A",
            "
         {1, 9, 17}",
        ),
        (
            "
         new A 1 9 17
         p A",
            "
         {1, 9, 17}",
        ),
        // colliding keys: the constant display is rebuilt, plain inserts are not
        (
            "
         lit A 7 15 4
         new B 7 15 4
         p A
         p B",
            "
         {4, 7, 15}
         {15, 4, 7}",
        ),
        (
            "
         lit A -1 -2 7 8 100 1099511627776
         p A",
            "
         {1099511627776, 100, -2, 7, 8, -1}",
        ),
        // -1 hashes as -2, so it collides with -2
        (
            "
         new A -1 -2
         new B -2 -1
         p A
         p B
         h A",
            "
         {-1, -2}
         {-2, -1}
         399283329322573",
        ),
        (
            "
         new A 2305843009213693951 2305843009213693952 0 1 -2305843009213693952
         p A",
            "
         {2305843009213693951, 2305843009213693952, 0, 1, -2305843009213693952}",
        ),
        (
            "
         new A 9223372036854775807 -9223372036854775808 100000000000000000000 18446744073709551619
         p A",
            "
         {18446744073709551619, 100000000000000000000, 9223372036854775807, -9223372036854775808}",
        ),
        // a float equal to an int is the same key; the first one stays
        (
            "
         new A 1 1.0 True 2.0 2
         new B 1.0 1 True
         p A
         p B",
            "
         {1, 2.0}
         {1.0}",
        ),
        (
            "
         new A 0.5 1.5 -0.5 0.1 1e+300 3.25 100.0 1e-05
         p A",
            "
         {0.5, 1.5, 0.1, -0.5, 3.25, 100.0, 1e-05, 1e+300}",
        ),
        (
            "
         new A (1,2) (2,1) () (0,) (1,) (-1,-2) ((1,2),3)
         p A",
            "
         {(1, 2), (2, 1), (-1, -2), ((1, 2), 3), (1,), (0,), ()}",
        ),
        // resize at five entries: 8 slots to 32
        (
            "
         new A 0 8 16 24
         p A
         add A 32
         p A",
            "
         {0, 8, 16, 24}
         {0, 32, 8, 16, 24}",
        ),
        (
            "
         new A 0 32 64 96 128 160 192 224 256 288 320 352 384 416 448 480 512 544 576 608
         p A",
            "
         {0, 128, 256, 384, 512, 32, 160, 288, 416, 544, 64, 192, 320, 448, 576, 96, 224, 352, 480, 608}",
        ),
        (
            "
         dict A 40 8 16 0 24
         new B 40 8 16 0 24
         p A
         p B",
            "
         {16, 0, 40, 8, 24}
         {0, 40, 8, 16, 24}",
        ),
        (
            "
         dict A 31 7 63 15
         p A",
            "
         {15, 7, 63, 31}",
        ),
        (
            "
         lit A 40 8 16 0 24 33 1
         p A",
            "
         {0, 33, 1, 16, 40, 8, 24}",
        ),

    ]);
}

/// Dummies left by removals and how later inserts reuse them.
#[test]
fn inserts_and_removals() {
    check(&[
        // a deleted slot is reused by a later insert
        (
            "
         new A 0 8
         disc A 0
         add A 16
         p A",
            "
         {16, 8}",
        ),
        // the last dummy on the probe path is reused, not the first
        (
            "
         new A 0 1 2 3 4
         disc A 1
         disc A 2
         disc A 3
         add A 33
         p A
         add A 65
         p A",
            "
         {0, 33, 4}
         {0, 65, 33, 4}",
        ),
        (
            "
         new A 0 1 2 3 4 5 6
         disc A 1
         disc A 3
         add A 33
         p A",
            "
         {0, 2, 33, 4, 5, 6}",
        ),
        // a re-added key lands in its old dummy
        (
            "
         new A 1 9 17 25
         disc A 9
         add A 9
         p A
         disc A 1
         disc A 17
         add A 17
         add A 1
         p A",
            "
         {1, 25, 9, 17}
         {1, 25, 9, 17}",
        ),
        // inserts that only fill dummies never trigger a resize
        (
            "
         new A 1 2 3 4
         disc A 1
         disc A 2
         add A 9
         add A 10
         add A 17
         p A",
            "
         {3, 4, 9, 10, 17}",
        ),
        (
            "
         new A 5 13 21
         add A 29
         add A 37
         p A
         disc A 13
         disc A 29
         add A 45
         add A 53
         add A 61
         p A
         clear A
         p A
         add A -3
         add A 3
         p A",
            "
         {37, 5, 13, 21, 29}
         {37, 5, 45, 21, 53, 61}
         set()
         {3, -3}",
        ),
        (
            "
         new A -1 -2 -3 -4 -5 -6 -7 -8 -9 -10
         p A
         disc A -2
         add A -1
         p A",
            "
         {-2, -9, -8, -7, -6, -5, -4, -3, -1, -10}
         {-9, -8, -7, -6, -5, -4, -3, -1, -10}",
        ),
        (
            "
         new A 2305843009213693951 0 -2305843009213693951
         p A",
            "
         {2305843009213693951, 0, -2305843009213693951}",
        ),
    ]);
}

/// `pop` walks from a finger that only a new table resets.
#[test]
fn pop_sequences() {
    check(&[
        (
            "
         new A 1 2 3 4
         pop A
         pop A
         pop A
         pop A",
            "
         1
         2
         3
         4",
        ),
        // the finger survives clear
        (
            "
         new A 1 2 3 4
         pop A
         pop A
         clear A
         updl A 0 1 2 3
         pop A
         pop A",
            "
         1
         2
         3
         0",
        ),
        (
            "
         new A 0 1 2 3 4 5 6 7 8 9
         pop A
         pop A
         pop A
         updl A 100 101 102 103
         p A
         pop A",
            "
         0
         1
         2
         {3, 4, 5, 6, 7, 8, 9, 100, 101, 102, 103}
         3",
        ),
        // and wraps around
        (
            "
         new A 30 31 0 1
         pop A
         pop A
         pop A
         pop A
         add A 5
         pop A",
            "
         0
         1
         30
         31
         5",
        ),
        // an in-place intersection keeps it, a copy starts over
        (
            "
         new A 0 1 2 3 4 5 6 7 8 9
         pop A
         pop A
         pop A
         pop A
         pop A
         add A 0
         copy A B
         iand A B
         pop A
         pop B",
            "
         0
         1
         2
         3
         4
         5
         0",
        ),
        (
            "
         new A -5 -4 -3 -2 (1,2) 0.5
         pop A
         pop A
         pop A
         p A",
            "
         0.5
         (1, 2)
         -5
         {-4, -3, -2}",
        ),
    ]);
}

/// Each operation's result order, in-place and with lists, dicts or itself.
#[test]
fn binary_operations() {
    check(&[
        (
            "
         new A 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
         new B 3
         sub A B C
         p C",
            "
         {0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}",
        ),
        // a much larger left operand is copied and pruned
        (
            "
         new A 100 1 64 33 2 7 8 9 10 11 12 13 14 15 16 17 18 19
         new B 1 64
         sub A B C
         p C
         sub B A D
         p D",
            "
         {2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 33, 100}
         set()",
        ),
        (
            "
         new A 1 2 3 40 72
         new B 72 40 9 17
         or A B C
         or B A D
         p C
         p D",
            "
         {1, 2, 3, 40, 72, 9, 17}
         {1, 2, 3, 72, 9, 40, 17}",
        ),
        (
            "
         new A 1 2 3 40 72 9
         new B 72 40 9 17
         and A B C
         and B A D
         p C
         p D",
            "
         {72, 9, 40}
         {72, 9, 40}",
        ),
        // on a tie the right operand is walked, so its keys are kept
        (
            "
         new A 1
         new B 1.0
         and A B C
         and B A D
         p C
         p D",
            "
         {1.0}
         {1}",
        ),
        (
            "
         new A 1 2 3 40 72 9
         new B 72 40 9 17
         xor A B C
         xor B A D
         p C
         p D",
            "
         {1, 2, 3, 17}
         {1, 2, 3, 17}",
        ),
        (
            "
         new A 5 13 21 29 -1 -9
         new B 13 -9 37 45
         upd A B
         p A
         new A 5 13 21 29 -1 -9
         iand A B
         p A
         new A 5 13 21 29 -1 -9
         isub A B
         p A
         new A 5 13 21 29 -1 -9
         ixor A B
         p A",
            "
         {5, 37, 13, 45, 21, -9, 29, -1}
         {13, -9}
         {5, 21, 29, -1}
         {5, 37, 45, 21, 29, -1}",
        ),
        // an empty table of the same size copies the layout; a smaller one reinserts
        (
            "
         new A 7 15 4
         new B
         upd B A
         p B
         new C 1 2 3 4 5 6 7 8 9 10
         isubl C 1 2 3 4 5 6 7
         new D
         upd D C
         p D
         p C",
            "
         {15, 4, 7}
         {8, 9, 10}
         {8, 9, 10}",
        ),
        (
            "
         new A 0.5 (1,2) -3 2305843009213693952 100
         new B 100 -3 7
         or A B C
         and A B D
         sub A B E
         xor A B F
         p C
         p D
         p E
         p F",
            "
         {0.5, 2305843009213693952, (1, 2), 100, 7, -3}
         {100, -3}
         {0.5, 2305843009213693952, (1, 2)}
         {0.5, 2305843009213693952, (1, 2), 7}",
        ),
        // dicts presize, plain lists do not
        (
            "
         new A 1 2
         updd A 33 65 97 129 161
         p A
         new B 1 2
         updl B 33 65 97 129 161
         p B",
            "
         {1, 2, 33, 65, 97, 129, 161}
         {65, 1, 2, 97, 33, 129, 161}",
        ),
        (
            "
         new A 1 9 17 25 33
         xorl A 9 41 1 49
         p A
         new B 1 9 17 25 33
         xord B 9 41 1 49
         p B",
            "
         {33, 41, 17, 49, 25}
         {33, 41, 17, 49, 25}",
        ),
        (
            "
         new A 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16
         subl A C 0 2 4 6
         p C
         subd A D 0 2 4 6
         p D
         andl A E 16 15 99 3 -1
         p E
         andd A F 16 15 99 3 -1
         p F
         orl A G -1 -2 100
         p G",
            "
         {1, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
         {1, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
         {16, 3, 15}
         {16, 3, 15}
         {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 100, -2, -1}",
        ),
        // a removal of over a quarter of the slots rebuilds the table
        (
            "
         new A 1 2 3 4
         isubl A 1 2
         add A 9
         add A 17
         p A
         new B 1 2 3 4
         disc B 1
         disc B 2
         add B 9
         add B 17
         p B",
            "
         {17, 3, 4, 9}
         {3, 4, 9, 17}",
        ),
        // an operand that is the same object
        (
            "
         new A 1 9 17 25 33 41
         disc A 9
         self or A C
         self and A D
         self sub A E
         self xor A F
         add F 1
         p C
         p D
         p E
         p F
         self iand A
         p A
         self ixor A
         p A",
            "
         {1, 33, 17, 41, 25}
         {1, 33, 17, 41, 25}
         set()
         {1}
         {1, 33, 17, 41, 25}
         set()",
        ),
    ]);
}

/// `hash(frozenset(…))`.
#[test]
fn frozenset_hashes() {
    check(&[
        (
            "
         new A
         h A",
            "
         133146708735736",
        ),
        (
            "
         new A 1 2 3
         h A",
            "
         -272375401224217160",
        ),
        (
            "
         new A 3 2 1
         h A",
            "
         -272375401224217160",
        ),
        (
            "
         new A -1
         h A",
            "
         6776983852052281967",
        ),
        (
            "
         new A -2
         h A",
            "
         6776983852052281967",
        ),
        (
            "
         new A 0.5 (1,2) 2305843009213693952
         h A",
            "
         4525255750453297518",
        ),
        (
            "
         new A 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
         disc A 5
         h A",
            "
         -5524643662129246039",
        ),
        (
            "
         new A True False
         h A",
            "
         9000494312501845833",
        ),
    ]);
}

/// What a loop over a display of constants iterates.
#[test]
fn folded_constants() {
    check(&[
        // a loop over a constant display walks the interned frozenset constant
        (
            "
         fconst A 7 15
         new B 7 15
         pl A
         p B",
            "
         [7, 15]
         {15, 7}",
        ),
        (
            "
         fconst A 1 17 33 2 18 641 577 133 75 16
         lit B 1 17 33 2 18 641 577 133 75 16
         pl A
         p B",
            "
         [577, 1, 2, 641, 33, 133, 75, 16, 17, 18]
         {577, 1, 2, 641, 33, 133, 75, 16, 17, 18}",
        ),
        (
            "
         fconst A -1 -2 -3 (1,2) 0.5 2305843009213693952
         pl A",
            "
         [0.5, 2305843009213693952, (1, 2), -1, -3, -2]",
        ),
    ]);
}

/// Replays scripts generated by a Python fuzzer: `GILPY_SET_FUZZ=dir`, with `N.ops` and
/// the CPython output in `N.out`.
#[test]
#[ignore]
fn fuzz_dir() {
    let Ok(dir) = std::env::var("GILPY_SET_FUZZ") else {
        return;
    };
    let mut n = 0;
    let mut failed = Vec::new();
    while let Ok(script) = std::fs::read_to_string(format!("{dir}/{n}.ops")) {
        let want = std::fs::read_to_string(format!("{dir}/{n}.out")).unwrap();
        let got = run(&script).join("\n");
        if got.trim() != want.trim() {
            if failed.is_empty() {
                eprintln!("case {n}\n--- got\n{got}\n--- want\n{want}");
            }
            failed.push(n);
        }
        n += 1;
    }
    assert!(n > 0, "no cases in {dir}");
    assert!(
        failed.is_empty(),
        "{} of {n} cases differ: {failed:?}",
        failed.len()
    );
}

#[test]
fn pyset_aliasing() {
    let s = PySet::new(SetTable::from_keys(["1", "9", "17"].map(key)));
    assert_eq!(show(&s.union(&s)), "{1, 9, 17}");
    assert!(s.difference(&s).is_empty());
    assert!(s.symmetric_difference(&s).is_empty());
    assert!(s.is_subset(&s) && s.set_eq(&s));
    s.update(&s);
    assert_eq!(s.len(), 3);
    let t = Arc::new(PySet {
        table: ObjectLock::new(SetTable::new()),
    });
    assert!(s.is_disjoint(&t));
    s.difference_update(&s);
    assert!(s.is_empty());
}
