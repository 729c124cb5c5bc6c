# A tutorial-style inventory kept in SQLite: a class wrapping the connection,
# parameterised queries, a context manager per transaction and a report.
import sqlite3
from dataclasses import dataclass


@dataclass
class Item:
    id: int
    name: str
    qty: int
    price: float


class Inventory:
    def __init__(self, path=":memory:"):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        with self.conn:
            self.conn.execute(
                """CREATE TABLE IF NOT EXISTS items (
                       id INTEGER PRIMARY KEY,
                       name TEXT UNIQUE NOT NULL,
                       qty INTEGER NOT NULL CHECK (qty >= 0),
                       price REAL NOT NULL)"""
            )

    def add(self, name, qty, price):
        try:
            with self.conn:
                cur = self.conn.execute(
                    "INSERT INTO items (name, qty, price) VALUES (?, ?, ?)", (name, qty, price)
                )
            return cur.lastrowid
        except sqlite3.IntegrityError as e:
            print(f"cannot add {name!r}: {e}")
            return None

    def sell(self, name, n):
        with self.conn:
            cur = self.conn.execute("UPDATE items SET qty = qty - ? WHERE name = ?", (n, name))
            if cur.rowcount == 0:
                raise KeyError(name)

    def items(self):
        return [Item(**dict(row)) for row in self.conn.execute("SELECT * FROM items ORDER BY name")]

    def value(self):
        (total,) = self.conn.execute("SELECT COALESCE(SUM(qty * price), 0) FROM items").fetchone()
        return total


inv = Inventory()
for name, qty, price in [("widget", 10, 2.5), ("gadget", 3, 19.99), ("doohickey", 0, 7.25)]:
    print("added", name, "as id", inv.add(name, qty, price))
inv.add("widget", 1, 1.0)
inv.add(None, 1, 1.0)
inv.sell("widget", 4)
try:
    inv.sell("gadget", 5)
except sqlite3.IntegrityError as e:
    print("sale refused:", e)
try:
    inv.sell("sprocket", 1)
except KeyError as e:
    print("unknown item", e)
for item in inv.items():
    print(f"{item.id:>3} {item.name:<10} {item.qty:>4} {item.price:>8.2f}")
print(f"stock value: {inv.value():.2f}")
print(inv.items()[0])
low = inv.conn.execute("SELECT name, qty FROM items WHERE qty < :limit ORDER BY qty", {"limit": 5})
print([tuple(r) for r in low])
print([r.keys() for r in inv.conn.execute("SELECT name AS n, qty * price AS v FROM items LIMIT 1")])
inv.conn.close()
