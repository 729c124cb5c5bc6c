//! `_heapq`: the binary-heap primitives on a plain list, in Rust because programs
//! call them in their innermost loops. The `heapq` module (Python source) adds
//! `nlargest`, `nsmallest` and `merge` on top.
//!
//! The sift steps compare in the same order as CPython's, so heaps holding equal
//! or oddly ordered items end up laid out identically. The list is read and
//! written one slot at a time, never locked across a comparison (which may run
//! Python code); a comparison that changes the list's size stops the operation
//! with CPython's RuntimeError.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::list::PyList;
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, no_kwargs};
use super::sorting::less_than;

/// Which way the heap is ordered: the smallest item on top, or the largest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs above `b` in the heap.
    fn above(self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => less_than(vm, a, b),
            Order::Max => less_than(vm, b, a),
        }
    }
}

fn changed_size(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error("RuntimeError", "list changed size during iteration")
}

fn item(vm: &Vm, heap: &PyList, i: usize) -> PyResult<Value> {
    heap.items
        .lock()
        .get(i)
        .cloned()
        .ok_or_else(|| changed_size(vm))
}

fn swap(vm: &Vm, heap: &PyList, i: usize, j: usize, len: usize) -> PyResult<()> {
    let mut items = heap.items.lock();
    if items.len() != len {
        return Err(changed_size(vm));
    }
    items.swap(i, j);
    Ok(())
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(
    vm: &mut Vm,
    heap: &PyList,
    order: Order,
    start: usize,
    mut pos: usize,
) -> PyResult<()> {
    let len = heap.len();
    let new = item(vm, heap, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = item(vm, heap, parent_pos)?;
        let above = order.above(vm, &new, &parent)?;
        if heap.len() != len {
            return Err(changed_size(vm));
        }
        if !above {
            break;
        }
        swap(vm, heap, pos, parent_pos, len)?;
        pos = parent_pos;
    }
    Ok(())
}

/// Sinks the item at `pos` to a leaf along the path of preferred children, then
/// lets it rise back to its place: fewer comparisons than stopping early.
fn sift_up(vm: &mut Vm, heap: &PyList, order: Order, mut pos: usize) -> PyResult<()> {
    let len = heap.len();
    let start = pos;
    while pos < len >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < len {
            let (left, right) = (item(vm, heap, child)?, item(vm, heap, child + 1)?);
            if !order.above(vm, &left, &right)? {
                child += 1;
            }
            if heap.len() != len {
                return Err(changed_size(vm));
            }
        }
        swap(vm, heap, pos, child, len)?;
        pos = child;
    }
    sift_down(vm, heap, order, start, pos)
}

/// The list argument, or `heappush() argument 1 must be list, not int`.
fn heap_arg<'a>(vm: &Vm, name: &str, which: &str, v: &'a Value) -> PyResult<&'a Arc<PyList>> {
    match v {
        Value::List(l) => Ok(l),
        other => Err(vm.type_error(format!(
            "{name}() argument{which} must be list, not {}",
            other.type_name()
        ))),
    }
}

/// `(heap, item)` for the two-argument functions.
fn heap_and_item<'a>(
    vm: &Vm,
    name: &str,
    args: &'a Args,
) -> PyResult<(&'a Arc<PyList>, &'a Value)> {
    no_kwargs(vm, &format!("_heapq.{name}"), args)?;
    arity(vm, name, args, 2, 2)?;
    Ok((heap_arg(vm, name, " 1", &args.pos[0])?, &args.pos[1]))
}

/// The heap of the one-argument functions.
fn only_heap<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Arc<PyList>> {
    no_kwargs(vm, &format!("_heapq.{name}"), args)?;
    match args.pos {
        [v] => heap_arg(vm, name, "", v),
        _ => Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

fn push(vm: &mut Vm, heap: &PyList, order: Order, value: Value) -> PyResult<()> {
    let pos = {
        let mut items = heap.items.lock();
        items.push(value);
        items.len() - 1
    };
    sift_down(vm, heap, order, 0, pos)
}

fn pop(vm: &mut Vm, heap: &PyList, order: Order) -> PyResult<Value> {
    let top = {
        let mut items = heap.items.lock();
        let Some(last) = items.pop() else {
            drop(items);
            return Err(vm.new_error("IndexError", "index out of range"));
        };
        if items.is_empty() {
            return Ok(last);
        }
        std::mem::replace(&mut items[0], last)
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

/// Swaps `value` in for the top item and restores the heap.
fn replace(vm: &mut Vm, heap: &PyList, order: Order, value: Value) -> PyResult<Value> {
    let top = {
        let mut items = heap.items.lock();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, value),
            None => {
                drop(items);
                return Err(vm.new_error("IndexError", "index out of range"));
            }
        }
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, heap: &PyList, order: Order) -> PyResult<()> {
    // Each subtree is sifted after its children, so any such order (CPython
    // switches to a cache-friendly one for big lists) builds the same heap.
    for i in (0..heap.len() >> 1).rev() {
        sift_up(vm, heap, order, i)?;
    }
    Ok(())
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, value) = heap_and_item(vm, "heappush", &args)?;
    push(vm, heap, Order::Min, value.clone())?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop(vm, only_heap(vm, "heappop", &args)?, Order::Min)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, value) = heap_and_item(vm, "heapreplace", &args)?;
    replace(vm, heap, Order::Min, value.clone())
}

/// Push then pop, without growing the list when `value` would come straight back.
fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, value) = heap_and_item(vm, "heappushpop", &args)?;
    let Some(top) = heap.items.lock().first().cloned() else {
        return Ok(value.clone());
    };
    if !less_than(vm, &top, value)? {
        return Ok(value.clone());
    }
    replace(vm, heap, Order::Min, value.clone())
}

fn heapify_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    heapify(vm, only_heap(vm, "heapify", &args)?, Order::Min)?;
    Ok(Value::None)
}

// The max-heap variants serve `nlargest` and `merge(reverse=True)`.

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop(vm, only_heap(vm, "_heappop_max", &args)?, Order::Max)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, value) = heap_and_item(vm, "_heapreplace_max", &args)?;
    replace(vm, heap, Order::Max, value.clone())
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    heapify(vm, only_heap(vm, "_heapify_max", &args)?, Order::Max)?;
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("heapify", heapify_min),
    ("_heappop_max", heappop_max),
    ("_heapreplace_max", heapreplace_max),
    ("_heapify_max", heapify_max),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
