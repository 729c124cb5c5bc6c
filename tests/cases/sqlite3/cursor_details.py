import sqlite3, datetime
c = sqlite3.connect(":memory:")
cur = c.cursor()
cur.execute("create table t(x, d)")
print(cur.lastrowid)
cur.execute("insert into t values (1, ?)", (datetime.datetime(2024, 1, 2, 3, 4, 5),))
print(cur.lastrowid, cur.rowcount)
cur.execute("select * from t")
print(cur.lastrowid, cur.rowcount, cur.fetchall())
cur.execute("update t set x = 2")
print(cur.lastrowid, cur.rowcount)
cur.execute("insert into t values (3, ?)", (datetime.date(2024, 1, 2),))
cur.execute("")
print(cur.lastrowid, cur.rowcount, cur.description, cur.fetchall())
cur.execute("  -- comment\n  INSERT INTO t VALUES (9, 9)")
print(cur.rowcount, c.in_transaction)
print(repr(cur.execute("select 1").fetchone()), cur.execute("select 1 as a, 2 as b").description)
r = c.execute("select 1 as a")
print(r is not cur, iter(r) is r, next(r), next(r, "end"))
c.row_factory = sqlite3.Row
row = c.execute("select 1 as a, 2 as b").fetchone()
print(row[0:2], row[-1], hash(row) == hash(c.execute("select 1 as a, 2 as b").fetchone()))
try:
    row[1.5]
except Exception as e:
    print(type(e).__name__, e)
print(sqlite3.Row, sqlite3.Connection, sqlite3.Cursor, sqlite3.OperationalError)
print(sqlite3.connect(":memory:").execute("pragma user_version").fetchone())
print(sqlite3.version, sqlite3.sqlite_version_info[:1])
for params in [{"a": 1}, 5, (2**63,)]:
    try:
        sqlite3.connect(":memory:").execute("select ?", params)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sqlite3.connect("/nonexistent/x.db")
except Exception as e:
    print(type(e).__name__, e)
try:
    sqlite3.connect(":memory:").execute(5)
except Exception as e:
    print(type(e).__name__, e)
print(c.execute("select ?", "a").fetchone()[0], c.execute("select ?, ?", [1, 2]).fetchone()[:])
cur = c.cursor()
print(cur.fetchone(), cur.fetchall(), cur.rowcount)
cur.executemany("insert into t values (?, ?)", ((i, i * i) for i in range(5)))
print(cur.rowcount)
try:
    cur.executemany("select ?", [(1,), (2,)])
except Exception as e:
    print(type(e).__name__, e)
c.isolation_level = None
c.execute("insert into t values (100, 100)")
print(c.in_transaction, c.isolation_level)
c.execute("BEGIN")
c.execute("insert into t values (101, 101)")
print(c.in_transaction)
c.rollback()
print(c.execute("select count(*) from t where x >= 100").fetchone()[0])
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    db = sqlite3.connect(path)
    db.execute("create table kv (k text primary key, v)")
    db.execute("insert into kv values ('a', 1)")
    db.close()
    db = sqlite3.connect(path)
    print(db.execute("select * from kv").fetchall())
    db.close()
    from pathlib import Path
    db = sqlite3.connect(Path(path))
    print(db.execute("select count(*) from kv").fetchone())
    db.close()
c.execute("select * from nope")
