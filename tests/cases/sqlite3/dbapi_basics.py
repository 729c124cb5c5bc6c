import sqlite3

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety > 0)
conn = sqlite3.connect(":memory:")
print(type(conn).__name__, conn.isolation_level == "", conn.in_transaction, conn.total_changes)
cur = conn.cursor()
print(type(cur).__name__, cur.rowcount, cur.lastrowid, cur.description, cur.arraysize)
cur.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, score REAL, data BLOB)")
print("create", cur.rowcount, cur.description, conn.in_transaction)
cur.execute("INSERT INTO users (name, email, score) VALUES (?, ?, ?)", ("alice", "a@x.org", 9.5))
print("insert", cur.rowcount, cur.lastrowid, conn.in_transaction, conn.total_changes)
cur.executemany("INSERT INTO users (name, email, score, data) VALUES (?, ?, ?, ?)",
                [("bob", "b@x.org", 7, b"\x00\x01"), ("carol", None, None, None), ("dave", "d@x.org", 3.25, bytearray(b"zz"))])
print("executemany", cur.rowcount, cur.lastrowid, conn.total_changes)
conn.commit()
print("committed", conn.in_transaction)
cur.execute("SELECT * FROM users ORDER BY id")
print([d[0] for d in cur.description], len(cur.description[0]), cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in conn.execute("SELECT name, score FROM users WHERE score > ? ORDER BY score DESC", (3,)):
    print(row, type(row[1]).__name__)
print(conn.execute("SELECT count(*), sum(score), avg(score), max(name) FROM users").fetchone())
print(conn.execute("SELECT name FROM users WHERE name = :n OR email = :e", {"n": "bob", "e": "d@x.org"}).fetchall())
print(conn.execute("SELECT typeof(1), typeof(1.5), typeof('s'), typeof(x'00'), typeof(NULL), 1099511627776, -7 / 2, 7 % 3, 'a' || 'b'").fetchone())
print(conn.execute("SELECT ?, ?, ?, ?, ?", (True, 2**62, -1.5e300, "ünïcode", None)).fetchone())
cur.execute("UPDATE users SET score = score + 1 WHERE score IS NOT NULL")
print("update", cur.rowcount, conn.in_transaction)
conn.rollback()
print("rolled back", conn.execute("SELECT score FROM users ORDER BY id").fetchall())
cur.execute("DELETE FROM users WHERE name = 'carol'")
print("delete", cur.rowcount)
conn.commit()

conn.row_factory = sqlite3.Row
row = conn.execute("SELECT id, name AS Name, score FROM users WHERE id = 1").fetchone()
print(type(row).__name__, row.keys(), row[0], row["name"], row["NAME"], row["score"], len(row), tuple(row), dict(row))
print(row == conn.execute("SELECT id, name AS Name, score FROM users WHERE id = 1").fetchone())
try:
    row["missing"]
except IndexError as e:
    print("IndexError", e)
try:
    row[5]
except IndexError as e:
    print("IndexError", e)
print([r["name"] for r in conn.execute("SELECT name FROM users ORDER BY name")])
conn.row_factory = lambda cursor, r: {d[0]: v for d, v in zip(cursor.description, r)}
print(conn.execute("SELECT id, name FROM users ORDER BY id LIMIT 2").fetchall())
conn.row_factory = None

errors = [
    "SELECT * FROM nope",
    "SELEC 1",
    "INSERT INTO users (name, email) VALUES ('eve', 'a@x.org')",
    "INSERT INTO users (email) VALUES ('z@x.org')",
    "SELECT nocolumn FROM users",
    "SELECT 1; SELECT 2",
]
for sql in errors:
    try:
        conn.execute(sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, isinstance(e, sqlite3.DatabaseError))
for sql, params in [("SELECT ?", ()), ("SELECT ?", (1, 2)), ("SELECT :a", {"b": 1}), ("SELECT ?", ([1],))]:
    try:
        conn.execute(sql, params)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error), issubclass(sqlite3.Error, Exception), sqlite3.OperationalError.__module__)

with conn:
    conn.execute("INSERT INTO users (name) VALUES ('frank')")
print("with commit", conn.execute("SELECT count(*) FROM users").fetchone(), conn.in_transaction)
try:
    with conn:
        conn.execute("INSERT INTO users (name) VALUES ('gina')")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("with rollback", e, conn.execute("SELECT count(*) FROM users").fetchone())

conn.executescript("""
    CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, qty INTEGER DEFAULT 0);
    INSERT INTO items (title, qty) VALUES ('pen', 3);
    INSERT INTO items (title) VALUES ('ink');
""")
print(conn.execute("SELECT * FROM items").fetchall())
print(conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall())
cur2 = conn.execute("INSERT INTO items (title, qty) VALUES (?, ?)", ("cup", 1))
print(cur2.lastrowid, cur2.rowcount, cur2.connection is conn)
cur2.close()
try:
    cur2.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
conn.close()
try:
    conn.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
conn.close()
print("done")
