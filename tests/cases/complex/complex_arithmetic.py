# complex numbers: literals, arithmetic, reprs, comparisons, hashing and conversions.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w), 1j, -1j, 0j, 2.5j, 1e20j, -0.0j, complex())
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** w)
print(z + 1, 1 + z, z - 1.5, 1.5 - z, 2 * z, z * 2.0, z / 2, 10 / z, -z, +z, abs(z), abs(w))
print(z.real, z.imag, z.conjugate(), (1j).real, type(z.real).__name__, type(z).__name__)
print(z == 3 + 4j, z != w, 1 + 0j == 1, 1 == 1 + 0j, 2.0 == complex(2), z == "z", bool(0j), bool(1j))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(z) == hash(3 + 4j), {1: "a"}[1 + 0j])
print(complex("1+2j"), complex(" (3-4.5j) "), complex("2j"), complex("-j"), complex("1e3"), complex("1e-2+1e2j"))
print(complex(2), complex(2.5, 1), complex(1j, 1j), complex(True), complex(w))
print((-8) ** (1 / 3), (-1) ** 0.5, 1j ** 2, (1 + 1j) ** 10, (2 + 0j) ** 100)
print(sum([1j, 2, 3.5]), [1j * k for k in range(3)], isinstance(z, complex), complex.conjugate(w))
print(f"{z}", f"{z:.2f}", f"{w:.3e}", f"{z:>20}|", f"{z:<14.1f}|", "{:g}".format(1.5 + 2j), format(1j, ""))
print(f"{z:.2}", f"{1j:.3}", f"{-2.5 + 0j:10}|", f"{z:*^16.1f}")
for call in [
    lambda: z < w,
    lambda: z // 2,
    lambda: z % 2,
    lambda: int(z),
    lambda: float(z),
    lambda: round(z),
    lambda: z / 0,
    lambda: 0j ** -1,
    lambda: complex("abc"),
    lambda: complex("1", 2),
    lambda: complex([]),
]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
