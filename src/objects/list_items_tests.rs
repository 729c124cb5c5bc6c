use super::*;

fn ints(items: &[Value]) -> Vec<i64> {
    items
        .iter()
        .map(|v| match v {
            Value::Int(n) => *n,
            _ => panic!("a dead slot is visible"),
        })
        .collect()
}

fn list_of(n: i64) -> ListItems {
    (0..n).map(Value::Int).collect::<Vec<_>>().into()
}

/// The dead prefix holds only `Unbound`, and the live part never does.
fn check_shape(l: &ListItems) {
    assert!(l.head <= l.buf.len());
    assert!(l.buf[..l.head].iter().all(|v| matches!(v, Value::Unbound)));
    assert!(l.iter().all(|v| !matches!(v, Value::Unbound)));
}

#[test]
fn front_pops_advance_then_compact_in_order() {
    let mut l = list_of(10);
    let mut seen = Vec::new();
    for _ in 0..4 {
        seen.push(l.remove(0));
        check_shape(&l);
    }
    assert_eq!(ints(&seen), [0, 1, 2, 3]);
    assert_eq!(l.head, 4);
    l.remove(0);
    l.remove(0);
    // Six dead slots against four items: the prefix is dropped.
    assert_eq!(l.head, 0);
    assert_eq!(ints(&l), [6, 7, 8, 9]);
    check_shape(&l);
}

#[test]
fn emptied_list_forgets_its_prefix() {
    let mut l = list_of(3);
    l.remove(0);
    l.pop();
    l.remove(0);
    assert!(l.is_empty());
    assert_eq!((l.head, l.buf.len()), (0, 0));
    assert!(l.pop().is_none());
}

#[test]
fn front_inserts_reuse_dead_slots() {
    let mut l = list_of(40);
    for _ in 0..10 {
        l.remove(0);
    }
    let cap = l.buf.capacity();
    for i in (0..10).rev() {
        l.insert(0, Value::Int(i));
        check_shape(&l);
    }
    assert_eq!(l.head, 0);
    assert_eq!(l.buf.capacity(), cap);
    assert_eq!(ints(&l), (0..40).collect::<Vec<_>>());
}

#[test]
fn front_inserts_into_a_full_list_make_room() {
    let mut l = list_of(20);
    for i in 1..=30 {
        l.insert(0, Value::Int(-i));
        l.insert(2, Value::Int(100 + i));
        check_shape(&l);
    }
    let mut want: Vec<i64> = (0..20).collect();
    for i in 1..=30 {
        want.insert(0, -i);
        want.insert(2, 100 + i);
    }
    assert_eq!(ints(&l), want);
}

#[test]
fn drain_takes_the_shorter_side() {
    let mut l = list_of(20);
    let gone = l.drain(2..5);
    assert_eq!(ints(&gone), [2, 3, 4]);
    assert_eq!(l.head, 3);
    let gone = l.drain(14..16);
    assert_eq!(ints(&gone), [17, 18]);
    assert_eq!(
        ints(&l),
        [0, 1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19]
    );
    check_shape(&l);
}

#[test]
fn into_vec_drops_the_prefix() {
    let mut l = list_of(10);
    l.remove(0);
    l.remove(3);
    assert_eq!(ints(&l.into_vec()), [1, 2, 3, 5, 6, 7, 8, 9]);
}

/// A long mixed sequence of operations against `Vec` as the model; the dead prefix must
/// never outgrow the items.
#[test]
fn matches_vec_under_mixed_operations() {
    let mut l = ListItems::new();
    let mut model: Vec<i64> = Vec::new();
    let mut seed: u64 = 12345;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    for step in 0..20_000i64 {
        let len = model.len();
        match next(9) {
            0 | 1 => {
                l.push(Value::Int(step));
                model.push(step);
            }
            2 if len > 0 => {
                l.remove(0);
                model.remove(0);
            }
            3 if len > 0 => {
                let i = next(len);
                l.remove(i);
                model.remove(i);
            }
            4 => {
                let i = if next(2) == 0 { 0 } else { next(len + 1) };
                l.insert(i, Value::Int(step));
                model.insert(i, step);
            }
            5 => {
                assert_eq!(l.pop().map(|v| ints(&[v])[0]), model.pop());
            }
            6 if len > 0 => {
                let a = next(len);
                let b = a + next(len - a + 1);
                assert_eq!(ints(&l.drain(a..b)), model.drain(a..b).collect::<Vec<_>>());
            }
            7 => {
                let a = next(len + 1);
                let b = a + next(len - a + 1);
                let gone = l.splice(a..b, vec![Value::Int(step), Value::Int(-step)]);
                let want: Vec<i64> = model.splice(a..b, [step, -step]).collect();
                assert_eq!(ints(&gone), want);
            }
            8 => {
                let k = next(4) as i64;
                l.extend((0..k).map(Value::Int));
                model.extend(0..k);
            }
            _ => {}
        }
        assert_eq!(ints(&l), model);
        check_shape(&l);
        assert!(l.head <= l.len());
    }
}
