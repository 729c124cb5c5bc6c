//! `sqlite3`: the DB-API 2.0 interface over the system's SQLite, the library CPython's
//! `_sqlite3` links, through `rusqlite`. Written in Rust like CPython's module, so that
//! an error's traceback ends at the caller's line, as CPython's does.
//!
//! Transactions follow Python 3.11's default (`isolation_level` not None): a `BEGIN`
//! is issued before an INSERT, UPDATE, DELETE or REPLACE outside a transaction, and
//! `commit()`/`rollback()` end it. A query's rows are read when it is executed and
//! handed out by the fetch methods.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock, Weak};

use parking_lot::Mutex;
use rusqlite::types::Value as SqlValue;
use rusqlite::{ErrorCode, OpenFlags};

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{NativeObject, Property};
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{bind, getter, module_type, receiver, to_f64, to_i64};

/// The module's exception classes, by name; `Error` and `Warning` derive from
/// `Exception`, the others from `Error` or `DatabaseError` as PEP 249 lays out.
fn exceptions() -> &'static Vec<(&'static str, Arc<PyType>)> {
    static T: OnceLock<Vec<(&'static str, Arc<PyType>)>> = OnceLock::new();
    T.get_or_init(|| {
        let make = |name, base| module_type(name, "sqlite3", vec![base], &[]);
        let warning = make("Warning", exception_type("Exception"));
        let error = make("Error", exception_type("Exception"));
        let interface = make("InterfaceError", error.clone());
        let database = make("DatabaseError", error.clone());
        let mut all = vec![
            ("Warning", warning),
            ("Error", error),
            ("InterfaceError", interface),
            ("DatabaseError", database.clone()),
        ];
        for name in [
            "DataError",
            "OperationalError",
            "IntegrityError",
            "InternalError",
            "ProgrammingError",
            "NotSupportedError",
        ] {
            all.push((name, make(name, database.clone())));
        }
        all
    })
}

fn error(kind: &str, msg: impl Into<String>) -> PyErr {
    let class = exceptions()
        .iter()
        .find(|(name, _)| *name == kind)
        .map(|(_, t)| t.clone())
        .expect("sqlite3 exception classes are all made together");
    PyException::new(class, vec![Value::str(msg.into())])
}

/// An error of SQLite as the exception class CPython maps its result code to.
fn sql_error(e: rusqlite::Error) -> PyErr {
    match e {
        rusqlite::Error::SqliteFailure(failure, msg) => {
            let kind = match failure.code {
                ErrorCode::ConstraintViolation => "IntegrityError",
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => "DatabaseError",
                ErrorCode::TooBig => "DataError",
                ErrorCode::InternalMalfunction => "InternalError",
                ErrorCode::ApiMisuse => "InterfaceError",
                _ => "OperationalError",
            };
            error(
                kind,
                msg.unwrap_or_else(|| error_text(failure.extended_code)),
            )
        }
        rusqlite::Error::MultipleStatement => error(
            "ProgrammingError",
            "You can only execute one statement at a time.",
        ),
        other => error("OperationalError", other.to_string()),
    }
}

/// SQLite's own wording of a result code (`unable to open database file`), which is
/// what CPython reports where no more detailed message exists.
fn error_text(code: std::ffi::c_int) -> String {
    // SAFETY: sqlite3_errstr returns a static string for any code.
    unsafe { std::ffi::CStr::from_ptr(rusqlite::ffi::sqlite3_errstr(code)) }
        .to_string_lossy()
        .into_owned()
}

/// An attribute a connection or cursor keeps in its dict, None if it has none.
fn attr_in(attrs: &PyDict, name: &str) -> Value {
    attrs
        .get_str(name, PyStr::hash_str(name))
        .unwrap_or(Value::None)
}

fn closed_database() -> PyErr {
    error("ProgrammingError", "Cannot operate on a closed database.")
}

// ---- Connection ---------------------------------------------------------------

pub struct Connection {
    db: Mutex<Option<rusqlite::Connection>>,
    /// The `threading.get_ident()` of the thread that made it, when `check_same_thread`
    /// keeps other threads from using it.
    owner: Option<i64>,
    /// `row_factory`, `isolation_level`, `text_factory` and what a program adds.
    attrs: Arc<PyDict>,
}

impl NativeObject for Connection {
    fn class(&self) -> Arc<PyType> {
        connection_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        Some(self.attrs.clone())
    }
}

impl Connection {
    /// Runs `f` on the open database, or fails as CPython does on a closed one.
    fn with_db<R>(&self, f: impl FnOnce(&rusqlite::Connection) -> Result<R, PyErr>) -> PyResult<R> {
        self.check_thread()?;
        match &*self.db.lock() {
            Some(db) => f(db),
            None => Err(closed_database()),
        }
    }

    fn attr(&self, name: &str) -> Value {
        attr_in(&self.attrs, name)
    }

    /// Runs SQLite work that may wait (for another connection's lock) with the GIL
    /// released; `f` must not touch Python objects.
    fn blocking<R>(
        &self,
        vm: &mut Vm,
        f: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<R>,
    ) -> PyResult<R> {
        self.check_thread()?;
        match vm.allow_threads(|| self.db.lock().as_ref().map(f)) {
            Some(done) => done.map_err(sql_error),
            None => Err(closed_database()),
        }
    }

    fn check_thread(&self) -> PyResult<()> {
        let here = super::thread::current_ident();
        match self.owner {
            Some(owner) if owner != here => Err(error(
                "ProgrammingError",
                format!(
                    "SQLite objects created in a thread can only be used in that same thread. \
                     The object was created in thread id {owner} and this is thread id {here}."
                ),
            )),
            _ => Ok(()),
        }
    }

    /// Ends the open transaction, if there is one, with `COMMIT` or `ROLLBACK`.
    fn end_transaction(&self, vm: &mut Vm, how: &str) -> PyResult<()> {
        self.blocking(vm, |db| match db.is_autocommit() {
            true => Ok(()),
            false => db.execute_batch(how),
        })
    }
}

/// Where the connection keeps its `isolation_level`, which a property reads and sets.
const ISOLATION: &str = " isolation_level";

fn connection_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("Connection", "sqlite3", Vec::new(), CONNECTION_METHODS);
        for (name, f) in [
            ("in_transaction", conn_in_transaction as NativeFn),
            ("total_changes", conn_total_changes),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        let isolation = Value::new_native(Property {
            fget: Value::Builtin(Builtin::new("isolation_level", conn_isolation)),
            fset: Value::Builtin(Builtin::new("isolation_level", conn_set_isolation)),
            fdel: Value::None,
            doc: Value::None,
        });
        t.dict.set_str(&PyStr::new("isolation_level"), isolation);
        t
    })
}

fn conn_isolation(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_conn(vm, &args, "isolation_level")?.attr(ISOLATION))
}

/// Setting None (autocommit) commits the open transaction first, as CPython does.
fn conn_set_isolation(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "isolation_level")?;
    let level = args.pos.get(1).cloned().unwrap_or(Value::None);
    match &level {
        Value::None => c.end_transaction(vm, "COMMIT")?,
        Value::Str(s)
            if ["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"]
                .contains(&s.as_str().to_ascii_uppercase().as_str()) => {}
        Value::Str(_) => {
            return Err(vm.value_error(
                "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'",
            ))
        }
        other => {
            return Err(vm.type_error(format!(
                "isolation_level must be str or None, not {}",
                other.type_name()
            )))
        }
    }
    c.attrs.set_str(&PyStr::new(ISOLATION), level);
    Ok(Value::None)
}

const CONNECTION_METHODS: &[(&str, NativeFn)] = &[
    ("cursor", conn_cursor),
    ("execute", conn_execute),
    ("executemany", conn_executemany),
    ("executescript", conn_executescript),
    ("commit", conn_commit),
    ("rollback", conn_rollback),
    ("close", conn_close),
    ("__enter__", conn_enter),
    ("__exit__", conn_exit),
];

fn this_conn<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Connection> {
    receiver::<Connection>(vm, args, "sqlite3.Connection", method)
}

fn connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "connect",
        &args,
        &[
            "database",
            "timeout",
            "detect_types",
            "isolation_level",
            "check_same_thread",
            "factory",
            "cached_statements",
            "uri",
        ],
        1,
        &[],
        0,
    )?;
    let database = p[0].clone().unwrap_or(Value::None);
    let Some(path) = super::os::fspath(vm, &database)? else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            database.type_name()
        )));
    };
    let timeout = match &p[1] {
        Some(t) => to_f64(vm, t)?,
        None => 5.0,
    };
    let uri = match &p[7] {
        Some(u) => vm.is_true(u)?,
        None => false,
    };
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
    if uri {
        flags |= OpenFlags::SQLITE_OPEN_URI;
    }
    // rusqlite adds the path to the message, which CPython does not.
    let db = vm
        .allow_threads(|| rusqlite::Connection::open_with_flags(&path, flags))
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(failure, _) => {
                sql_error(rusqlite::Error::SqliteFailure(failure, None))
            }
            other => sql_error(other),
        })?;
    db.busy_timeout(std::time::Duration::from_secs_f64(timeout.max(0.0)))
        .map_err(sql_error)?;
    let attrs = PyDict::new();
    let isolation = p[3].clone().unwrap_or_else(|| Value::str(""));
    for (name, v) in [
        (ISOLATION, isolation),
        ("row_factory", Value::None),
        (
            "text_factory",
            Value::Type(crate::objects::types::types().str.clone()),
        ),
    ] {
        attrs.set_str(&PyStr::new(name), v);
    }
    let same_thread = match &p[4] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    Ok(Value::new_native(Connection {
        db: Mutex::new(Some(db)),
        owner: same_thread.then(super::thread::current_ident),
        attrs,
    }))
}

fn conn_in_transaction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "in_transaction")?;
    c.with_db(|db| Ok(Value::from(!db.is_autocommit())))
}

fn conn_total_changes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "total_changes")?;
    c.with_db(|db| Ok(Value::Int(db.total_changes() as i64)))
}

fn conn_cursor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "cursor")?;
    c.with_db(|_| Ok(()))?;
    Ok(new_cursor(&args.pos[0], c))
}

/// `conn.execute(...)` and its siblings: the same method of a new cursor, returned.
fn on_new_cursor(vm: &mut Vm, args: Args, method: NativeFn, name: &str) -> PyResult<Value> {
    let c = this_conn(vm, &args, name)?;
    c.with_db(|_| Ok(()))?;
    let cursor = new_cursor(&args.pos[0], c);
    let mut pos = vec![cursor];
    pos.extend_from_slice(&args.pos[1..]);
    method(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

fn conn_execute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_new_cursor(vm, args, cursor_execute, "execute")
}

fn conn_executemany(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_new_cursor(vm, args, cursor_executemany, "executemany")
}

fn conn_executescript(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_new_cursor(vm, args, cursor_executescript, "executescript")
}

fn conn_commit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_conn(vm, &args, "commit")?.end_transaction(vm, "COMMIT")?;
    Ok(Value::None)
}

fn conn_rollback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_conn(vm, &args, "rollback")?.end_transaction(vm, "ROLLBACK")?;
    Ok(Value::None)
}

/// Closing drops what was not committed, as SQLite does; closing twice is allowed.
fn conn_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "close")?;
    c.check_thread()?;
    let db = vm.allow_threads(|| c.db.lock().take());
    if let Some(db) = db {
        vm.allow_threads(|| db.close().map_err(|(_, e)| e))
            .map_err(sql_error)?;
    }
    Ok(Value::None)
}

fn conn_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_conn(vm, &args, "__enter__")?.with_db(|_| Ok(()))?;
    Ok(args.pos[0].clone())
}

/// Commits when the block succeeded and rolls back when it raised; the exception
/// goes on either way, and the connection stays open.
fn conn_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_conn(vm, &args, "__exit__")?;
    let failed = args.pos.get(1).is_some_and(|t| !t.is_none());
    c.end_transaction(vm, if failed { "ROLLBACK" } else { "COMMIT" })?;
    Ok(Value::from(false))
}

// ---- Cursor -------------------------------------------------------------------

pub struct Cursor {
    conn: Value,
    /// The cursor's own `Value`, which a `row_factory` is called with.
    me: OnceLock<Weak<Box<dyn NativeObject>>>,
    /// Rows of the last query not yet fetched, as tuples; None once closed.
    rows: Mutex<Option<VecDeque<Value>>>,
    /// `description`, `rowcount`, `lastrowid`, `arraysize`, `row_factory`, `connection`.
    attrs: Arc<PyDict>,
}

impl NativeObject for Cursor {
    fn class(&self) -> Arc<PyType> {
        cursor_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        Some(self.attrs.clone())
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.fetch(vm, 1).map(|mut rows| rows.pop()))
    }
}

impl Cursor {
    fn connection(&self) -> &Connection {
        self.conn
            .native::<Connection>()
            .expect("a cursor's connection is a Connection")
    }

    fn set(&self, name: &str, v: Value) {
        self.attrs.set_str(&PyStr::new(name), v);
    }

    fn attr(&self, name: &str) -> Value {
        attr_in(&self.attrs, name)
    }

    /// Fails as CPython does when the cursor or its connection is closed.
    fn check_open(&self) -> PyResult<()> {
        self.connection().with_db(|_| Ok(()))?;
        if self.rows.lock().is_none() {
            return Err(error(
                "ProgrammingError",
                "Cannot operate on a closed cursor.",
            ));
        }
        Ok(())
    }

    /// Up to `n` of the rows waiting, each made by the cursor's `row_factory` if set.
    fn fetch(&self, vm: &mut Vm, n: usize) -> PyResult<Vec<Value>> {
        self.check_open()?;
        let rows: Vec<Value> = {
            let mut waiting = self.rows.lock();
            let waiting = waiting.get_or_insert_with(VecDeque::new);
            let n = n.min(waiting.len());
            waiting.drain(..n).collect()
        };
        let factory = self.attr("row_factory");
        if factory.is_none() {
            return Ok(rows);
        }
        let cursor = self.self_value();
        let row_type = Value::Type(row_type().clone());
        rows.into_iter()
            .map(|row| {
                if factory.is(&row_type) {
                    Ok(new_row(&cursor, row))
                } else {
                    vm.call(&factory, vec![cursor.clone(), row], Vec::new())
                }
            })
            .collect()
    }

    /// The `Value` holding this cursor, which a `row_factory` is given.
    fn self_value(&self) -> Value {
        self.me
            .get()
            .and_then(|w| w.upgrade())
            .map_or(Value::None, Value::Native)
    }
}

fn new_cursor(conn_value: &Value, conn: &Connection) -> Value {
    let attrs = PyDict::new();
    let cursor = Value::new_native(Cursor {
        conn: conn_value.clone(),
        rows: Mutex::new(Some(VecDeque::new())),
        attrs: attrs.clone(),
        me: OnceLock::new(),
    });
    if let Value::Native(n) = &cursor {
        if let Some(c) = cursor.native::<Cursor>() {
            let _ = c.me.set(Arc::downgrade(n));
        }
    }
    for (name, v) in [
        ("description", Value::None),
        ("rowcount", Value::Int(-1)),
        ("lastrowid", Value::None),
        ("arraysize", Value::Int(1)),
        ("row_factory", conn.attr("row_factory")),
        ("connection", conn_value.clone()),
    ] {
        attrs.set_str(&PyStr::new(name), v);
    }
    cursor
}

fn cursor_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("Cursor", "sqlite3", Vec::new(), CURSOR_METHODS))
}

const CURSOR_METHODS: &[(&str, NativeFn)] = &[
    ("execute", cursor_execute),
    ("executemany", cursor_executemany),
    ("executescript", cursor_executescript),
    ("fetchone", cursor_fetchone),
    ("fetchmany", cursor_fetchmany),
    ("fetchall", cursor_fetchall),
    ("close", cursor_close),
    ("setinputsizes", cursor_ignore),
    ("setoutputsize", cursor_ignore),
];

fn this_cursor<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Cursor> {
    receiver::<Cursor>(vm, args, "sqlite3.Cursor", method)
}

/// The SQL text argument, with CPython's TypeError for anything but a str.
fn sql_arg(vm: &Vm, method: &str, v: Option<&Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{method}() argument 1 must be str, not {}",
            other.type_name()
        ))),
        None => Err(vm.type_error(format!("{method} expected at least 1 argument, got 0"))),
    }
}

fn cursor_execute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "execute")?;
    let sql = sql_arg(vm, "execute", args.pos.get(1))?;
    let params = args.pos.get(2).cloned();
    c.check_open()?;
    let done = run(vm, c, &sql, params.as_ref())?;
    c.set("lastrowid", Value::Int(done.last_rowid));
    c.set(
        "rowcount",
        Value::Int(if done.is_dml { done.changes } else { -1 }),
    );
    c.set("description", done.description);
    *c.rows.lock() = Some(done.rows);
    Ok(args.pos[0].clone())
}

/// The statement once per parameter set; `rowcount` sums the changes, and rows a
/// query gives are dropped, as CPython's `executemany` does.
fn cursor_executemany(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "executemany")?;
    let sql = sql_arg(vm, "executemany", args.pos.get(1))?;
    let Some(seq) = args.pos.get(2) else {
        return Err(vm.type_error(format!(
            "executemany expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    };
    c.check_open()?;
    let sets = vm.collect_iterable(seq)?;
    let mut changes = 0;
    let mut is_dml = false;
    let mut description = Value::None;
    for params in &sets {
        let done = run(vm, c, &sql, Some(params))?;
        if !done.rows.is_empty() {
            return Err(error(
                "ProgrammingError",
                "executemany() can only execute DML statements.",
            ));
        }
        changes += done.changes;
        is_dml = done.is_dml;
        description = done.description;
    }
    c.set("rowcount", Value::Int(if is_dml { changes } else { -1 }));
    c.set("description", description);
    *c.rows.lock() = Some(VecDeque::new());
    Ok(args.pos[0].clone())
}

/// Commits what is pending, then runs the script's statements as they are.
fn cursor_executescript(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "executescript")?;
    let script = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "executescript() argument 1 must be str, not {}",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("executescript expected 1 argument, got 0")),
    };
    c.check_open()?;
    let conn = c.connection();
    conn.end_transaction(vm, "COMMIT")?;
    conn.blocking(vm, |db| db.execute_batch(&script))?;
    *c.rows.lock() = Some(VecDeque::new());
    Ok(args.pos[0].clone())
}

fn cursor_fetchone(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "fetchone")?;
    Ok(c.fetch(vm, 1)?.pop().unwrap_or(Value::None))
}

fn cursor_fetchmany(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "fetchmany")?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let p = bind(vm, "fetchmany", &rest, &["size"], 0, &[], 0)?;
    let size = match &p[0] {
        Some(v) => to_i64(vm, v)?,
        None => to_i64(vm, &c.attr("arraysize"))?,
    };
    Ok(Value::list(c.fetch(vm, size.max(0) as usize)?))
}

fn cursor_fetchall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "fetchall")?;
    Ok(Value::list(c.fetch(vm, usize::MAX)?))
}

fn cursor_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this_cursor(vm, &args, "close")?;
    c.connection().with_db(|_| Ok(()))?;
    *c.rows.lock() = None;
    Ok(Value::None)
}

fn cursor_ignore(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

// ---- Running a statement ------------------------------------------------------

/// What one execution of a statement left.
struct Executed {
    rows: VecDeque<Value>,
    /// None for a statement that returns no columns, else a 7-tuple per column.
    description: Value,
    changes: i64,
    last_rowid: i64,
    is_dml: bool,
}

/// The SQL text from its first word on, past blanks and comments.
fn statement_start(sql: &str) -> &str {
    let mut rest = sql;
    loop {
        rest = rest.trim_start();
        if let Some(line) = rest.strip_prefix("--") {
            rest = line.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(block) = rest.strip_prefix("/*") {
            rest = block.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return rest;
        }
    }
}

/// Whether a statement is an INSERT, UPDATE, DELETE or REPLACE, by its first word:
/// those open a transaction implicitly.
fn is_dml(sql: &str) -> bool {
    let word: String = statement_start(sql)
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase();
    matches!(word.as_str(), "INSERT" | "UPDATE" | "DELETE" | "REPLACE")
}

/// The statement's placeholders: how many, and the name of each (None for `?`).
type Placeholders = Vec<Option<String>>;

/// What stepping a statement to its end gave, before its values become Python's.
struct Stepped {
    names: Vec<String>,
    rows: Vec<Vec<SqlValue>>,
    changes: u64,
    last_rowid: i64,
}

/// Runs one statement. The GIL is released while SQLite works, which may wait for
/// another connection's lock; Python code (parameter conversions) runs between the
/// two steps, with the connection unlocked, so it may use the connection too.
fn run(vm: &mut Vm, c: &Cursor, sql: &str, params: Option<&Value>) -> PyResult<Executed> {
    let conn = c.connection();
    // SQLite makes no statement of blanks and comments, which run as nothing.
    if statement_start(sql).is_empty() {
        let last_rowid = conn.blocking(vm, |db| Ok(db.last_insert_rowid()))?;
        return Ok(Executed {
            rows: VecDeque::new(),
            description: Value::None,
            changes: 0,
            last_rowid,
            is_dml: false,
        });
    }
    let placeholders = conn.blocking(vm, |db| -> rusqlite::Result<Placeholders> {
        let stmt = db.prepare_cached(sql)?;
        Ok((1..=stmt.parameter_count())
            .map(|i| stmt.parameter_name(i).map(String::from))
            .collect())
    })?;
    let values = bind_values(vm, &placeholders, params)?;
    let dml = is_dml(sql);
    let begin = match conn.attr(ISOLATION) {
        Value::Str(level) if dml => Some(format!("BEGIN {}", level.as_str())),
        _ => None,
    };
    let stepped = conn.blocking(vm, |db| -> rusqlite::Result<Stepped> {
        let mut stmt = db.prepare_cached(sql)?;
        for (i, v) in values.into_iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, v)?;
        }
        if let Some(begin) = begin.filter(|_| db.is_autocommit()) {
            db.execute_batch(&begin)?;
        }
        let names: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
        let mut rows = Vec::new();
        let mut query = stmt.raw_query();
        while let Some(row) = query.next()? {
            rows.push(
                (0..names.len())
                    .map(|i| row.get::<_, SqlValue>(i))
                    .collect::<rusqlite::Result<_>>()?,
            );
        }
        Ok(Stepped {
            names,
            rows,
            changes: db.changes(),
            last_rowid: db.last_insert_rowid(),
        })
    })?;
    let description = if stepped.names.is_empty() {
        Value::None
    } else {
        Value::tuple(
            stepped
                .names
                .iter()
                .map(|name| {
                    let mut d = vec![Value::str(name.as_str())];
                    d.resize(7, Value::None);
                    Value::tuple(d)
                })
                .collect(),
        )
    };
    let rows = stepped
        .rows
        .into_iter()
        .map(|row| Value::tuple(row.into_iter().map(from_sql).collect()))
        .collect();
    Ok(Executed {
        rows,
        description,
        changes: stepped.changes as i64,
        last_rowid: stepped.last_rowid,
        is_dml: dml,
    })
}

fn from_sql(v: SqlValue) -> Value {
    match v {
        SqlValue::Null => Value::None,
        SqlValue::Integer(n) => Value::Int(n),
        SqlValue::Real(x) => Value::from(x),
        SqlValue::Text(t) => Value::str(t),
        SqlValue::Blob(b) => Value::bytes(b),
    }
}

/// The statement's parameters from a sequence (by position) or a dict (by name),
/// with CPython's errors for a wrong count, a missing name or an unsupported type.
fn bind_values(
    vm: &mut Vm,
    placeholders: &Placeholders,
    params: Option<&Value>,
) -> PyResult<Vec<SqlValue>> {
    let count = placeholders.len();
    let is_mapping = match params {
        Some(Value::Dict(_)) => true,
        Some(Value::Native(n)) => n.as_dict().is_some(),
        _ => false,
    };
    let values: Vec<Value> = match params {
        None => Vec::new(),
        Some(p) if is_mapping => {
            let mut out = Vec::with_capacity(count);
            for (i, name) in placeholders.iter().enumerate() {
                let i = i + 1;
                let Some(name) = name else {
                    return Err(error(
                        "ProgrammingError",
                        format!(
                            "Binding {i} has no name, but you supplied a dictionary (which has only names)."
                        ),
                    ));
                };
                let key = Value::str(&name[1..]);
                match vm.get_item(p, &key) {
                    Ok(v) => out.push(v),
                    Err(e) if e.is_instance(&exception_type("LookupError")) => {
                        return Err(error(
                            "ProgrammingError",
                            format!("You did not supply a value for binding parameter {name}."),
                        ))
                    }
                    Err(e) => return Err(e),
                }
            }
            out
        }
        Some(p @ (Value::Tuple(_) | Value::List(_) | Value::Str(_))) => vm.collect_iterable(p)?,
        Some(p) if vm.try_get_attr(p, &PyStr::new("__getitem__"))?.is_some() => {
            vm.collect_iterable(p)?
        }
        Some(_) => {
            return Err(error(
                "ProgrammingError",
                "parameters are of unsupported type",
            ))
        }
    };
    if !is_mapping && values.len() != count {
        return Err(error(
            "ProgrammingError",
            format!(
                "Incorrect number of bindings supplied. The current statement uses {count}, and there are {} supplied.",
                values.len()
            ),
        ));
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| to_sql(vm, v, i + 1))
        .collect()
}

/// A Python value as SQLite stores it. Dates and datetimes become ISO text, as the
/// adapters CPython 3.11 registers by default make them.
fn to_sql(vm: &mut Vm, v: &Value, position: usize) -> PyResult<SqlValue> {
    let v = v.base_value().unwrap_or(v);
    Ok(match v {
        Value::None => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(b.get() as i64),
        Value::Int(n) => SqlValue::Integer(*n),
        Value::BigInt(_) => {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to SQLite INTEGER",
            ))
        }
        Value::Float(x) => SqlValue::Real(x.get()),
        Value::Str(s) => SqlValue::Text(s.as_str().to_string()),
        other => {
            if let Some(blob) = other.with_byte_content(<[u8]>::to_vec) {
                return Ok(SqlValue::Blob(blob));
            }
            let class = other.type_of();
            let iso = match (class.module.as_str(), class.name.as_str()) {
                ("datetime", "datetime") => Some(vec![Value::str(" ")]),
                ("datetime", "date") => Some(Vec::new()),
                _ => None,
            };
            if let Some(sep) = iso {
                let method = vm.get_attr(other, &PyStr::new("isoformat"))?;
                if let Value::Str(s) = vm.call(&method, sep, Vec::new())? {
                    return Ok(SqlValue::Text(s.as_str().to_string()));
                }
            }
            return Err(error(
                "ProgrammingError",
                format!(
                    "Error binding parameter {position}: type '{}' is not supported",
                    other.type_name()
                ),
            ));
        }
    })
}

// ---- Row ----------------------------------------------------------------------

/// `sqlite3.Row`: a row's values, reachable by index or by column name (in any case).
pub struct Row {
    values: Value,
    names: Vec<String>,
}

impl NativeObject for Row {
    fn class(&self) -> Arc<PyType> {
        row_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, vm: &mut Vm) -> Option<PyResult<Value>> {
        Some(vm.get_iter(&self.values))
    }
    fn length(&self) -> Option<usize> {
        match &self.values {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }
}

fn row_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("Row", "sqlite3", Vec::new(), ROW_METHODS))
}

const ROW_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", row_new),
    ("__getitem__", row_getitem),
    ("__len__", row_len),
    ("__eq__", row_eq),
    ("__hash__", row_hash),
    ("keys", row_keys),
];

fn new_row(cursor: &Value, values: Value) -> Value {
    let names = match cursor.native::<Cursor>().map(|c| c.attr("description")) {
        Some(Value::Tuple(d)) => d
            .items
            .iter()
            .map(|col| match col {
                Value::Tuple(t) => match t.items.first() {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                },
                _ => String::new(),
            })
            .collect(),
        _ => Vec::new(),
    };
    Value::new_native(Row { values, names })
}

fn row_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, cursor, values] = args.pos else {
        return Err(vm.type_error(format!(
            "Row expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    };
    if cursor.native::<Cursor>().is_none() {
        return Err(vm.type_error(format!(
            "Row() argument 1 must be sqlite3.Cursor, not {}",
            cursor.type_name()
        )));
    }
    if !matches!(values, Value::Tuple(_)) {
        return Err(vm.type_error(format!(
            "Row() argument 2 must be tuple, not {}",
            values.type_name()
        )));
    }
    Ok(new_row(cursor, values.clone()))
}

fn this_row<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Row> {
    receiver::<Row>(vm, args, "sqlite3.Row", method)
}

fn row_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this_row(vm, &args, "__getitem__")?;
    let Some(key) = args.pos.get(1) else {
        return Err(vm.type_error("__getitem__ expected 1 argument, got 0"));
    };
    match key {
        Value::Str(name) => match r
            .names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name.as_str()))
        {
            Some(i) => vm.get_item(&r.values, &Value::Int(i as i64)),
            None => Err(vm.new_error("IndexError", "No item with that key")),
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.get_item(&r.values, key),
        k if k.native::<crate::objects::instance::PySlice>().is_some() => {
            vm.get_item(&r.values, key)
        }
        _ => Err(vm.new_error("IndexError", "Index must be int or string")),
    }
}

fn row_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this_row(vm, &args, "__len__")?;
    Ok(Value::Int(r.length().unwrap_or(0) as i64))
}

fn row_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this_row(vm, &args, "keys")?;
    Ok(Value::list(r.names.iter().map(Value::str).collect()))
}

/// Rows are equal when their column names and values are.
fn row_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this_row(vm, &args, "__eq__")?;
    let Some(other) = args.pos.get(1).and_then(|v| v.native::<Row>()) else {
        return Ok(Value::new_native(
            crate::objects::instance::NotImplementedType,
        ));
    };
    Ok(Value::from(
        r.names == other.names && vm.eq(&r.values, &other.values)?,
    ))
}

fn row_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this_row(vm, &args, "__hash__")?;
    let names = Value::tuple(r.names.iter().map(Value::str).collect());
    let h = vm.hash(&names)? ^ vm.hash(&r.values)?;
    Ok(Value::Int(h))
}

// ---- The module ---------------------------------------------------------------

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[("connect", connect)]);
    for (name, class) in exceptions() {
        set(&d, name, Value::Type(class.clone()));
    }
    set(&d, "Connection", Value::Type(connection_type().clone()));
    set(&d, "Cursor", Value::Type(cursor_type().clone()));
    set(&d, "Row", Value::Type(row_type().clone()));
    let library = rusqlite::version();
    let numbers: Vec<Value> = library
        .split('.')
        .map(|n| Value::Int(n.parse().unwrap_or(0)))
        .collect();
    for (name, v) in [
        ("version", Value::str("2.6.0")),
        (
            "version_info",
            Value::tuple(vec![Value::Int(2), Value::Int(6), Value::Int(0)]),
        ),
        ("sqlite_version", Value::str(library)),
        ("sqlite_version_info", Value::tuple(numbers)),
        ("apilevel", Value::str("2.0")),
        ("paramstyle", Value::str("qmark")),
        ("threadsafety", Value::Int(1)),
        ("PARSE_DECLTYPES", Value::Int(1)),
        ("PARSE_COLNAMES", Value::Int(2)),
    ] {
        set(&d, name, v);
    }
    Ok(d)
}
