//! Sorting with Python comparisons, which may raise: a stable merge sort whose `less`
//! is fallible. (Rust's `sort_by` cannot stop on an error and may panic on the
//! inconsistent orders that `nan` or a careless `__lt__` produce.)

use crate::objects::Value;
use crate::parser::ast::CmpOp;
use crate::vm::{PyResult, Vm};

/// Sorts `items` as `list.sort(key=key, reverse=reverse)` does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        let k = match key {
            Some(f) => vm.call(f, vec![item.clone()], Vec::new())?,
            None => item.clone(),
        };
        keyed.push((k, item));
    }
    // Reversing before and after a stable sort keeps equal items in their original order,
    // which is what `reverse=True` promises.
    if reverse {
        keyed.reverse();
    }
    let mut less = |a: &Value, b: &Value| less_than(vm, a, b);
    merge_sort(&mut keyed, &mut less)?;
    if reverse {
        keyed.reverse();
    }
    items.extend(keyed.into_iter().map(|(_, v)| v));
    Ok(())
}

/// `a < b` as a truth value, the one comparison sorting and heaps rely on.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.is_true(&r)
}

fn merge_sort(
    v: &mut Vec<(Value, Value)>,
    less: &mut impl FnMut(&Value, &Value) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort on short runs, then bottom-up merges of doubling width.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(&v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut src = std::mem::take(v);
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                // Take from the right only when strictly less: stability.
                if less(&src[j].0, &src[i].0)? {
                    buf.push(std::mem::replace(&mut src[j], (Value::None, Value::None)));
                    j += 1;
                } else {
                    buf.push(std::mem::replace(&mut src[i], (Value::None, Value::None)));
                    i += 1;
                }
            }
            let (left, right) = src.split_at_mut(mid);
            for rest in left[i..]
                .iter_mut()
                .chain(right[j - mid..end - mid].iter_mut())
            {
                buf.push(std::mem::replace(rest, (Value::None, Value::None)));
            }
            start = end;
        }
        *v = std::mem::take(&mut buf);
        buf = src;
        buf.clear();
        width *= 2;
    }
    Ok(())
}
