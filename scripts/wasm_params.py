"""Counts the functions of a wasm module by how many integer (i32/i64)
parameters they take, from its type, import and function sections. A
function with more than six integer parameters passes one on the stack in
JavaScriptCore's x86-64 wasm calling convention, the case WebKitGTK 2.50.6
mishandles (docs/webkit.md).

    python3 scripts/wasm_params.py dist/tifa-app-*_bg.wasm
    python3 scripts/wasm_params.py --list 6 file.wasm   # their indices and types

Standard library only; reads the sections, not the code.
"""

import argparse
import collections
import sys

INTEGER = {0x7F: "i32", 0x7E: "i64"}
NAMES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128", 0x70: "funcref", 0x6F: "externref"}


class Reader:
    def __init__(self, data, pos=0):
        self.data, self.pos = data, pos

    def byte(self):
        self.pos += 1
        return self.data[self.pos - 1]

    def leb(self, signed=False):
        """A LEB128 number, unsigned or (two's complement) signed."""
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                if signed and b & 0x40:
                    result -= 1 << shift
                return result

    def uleb(self):
        return self.leb()

    def bytes(self, n):
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def name(self):
        return self.bytes(self.uleb()).decode("utf-8", "replace")

    def valtype(self):
        t = self.byte()
        if t in (0x63, 0x64):  # (ref null ht) / (ref ht): a heap type follows
            self.sleb()
        return t

    def sleb(self):
        return self.leb(signed=True)

    def limits(self):
        flags = self.byte()
        self.uleb()
        if flags & 1:
            self.uleb()


def sections(data):
    if data[:4] != b"\0asm":
        raise SystemExit("not a wasm module")
    r = Reader(data, 8)
    while r.pos < len(data):
        section_id = r.byte()
        size = r.uleb()
        yield section_id, Reader(data[r.pos:r.pos + size])
        r.pos += size


def read_module(data):
    """(types, imported function type indices, defined function type indices, names)"""
    types, imported, defined, names = [], [], [], {}
    for section_id, r in sections(data):
        if section_id == 1:
            for _ in range(r.uleb()):
                form = r.byte()
                if form != 0x60:
                    raise SystemExit(f"type form 0x{form:x} not handled")
                params = [r.valtype() for _ in range(r.uleb())]
                results = [r.valtype() for _ in range(r.uleb())]
                types.append((params, results))
        elif section_id == 2:
            for _ in range(r.uleb()):
                r.name()
                r.name()
                kind = r.byte()
                if kind == 0:
                    imported.append(r.uleb())
                elif kind == 1:
                    r.valtype()
                    r.limits()
                elif kind == 2:
                    r.limits()
                elif kind == 3:
                    r.valtype()
                    r.byte()
                else:
                    r.uleb()  # a tag
        elif section_id == 3:
            defined = [r.uleb() for _ in range(r.uleb())]
        elif section_id == 0:
            if r.name() == "name":
                while r.pos < len(r.data):
                    sub, size = r.byte(), r.uleb()
                    end = r.pos + size
                    if sub == 1:
                        for _ in range(r.uleb()):
                            index = r.uleb()
                            names[index] = r.name()
                    r.pos = end
    return types, imported, defined, names


def integer_params(signature):
    return sum(1 for t in signature[0] if t in INTEGER)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wasm", nargs="+")
    parser.add_argument("--over", type=int, default=6, help="count functions with more than this many integer parameters")
    parser.add_argument("--list", action="store_true", help="list those functions")
    args = parser.parse_args()
    for path in args.wasm:
        data = open(path, "rb").read()
        types, imported, defined, names = read_module(data)
        histogram = collections.Counter(integer_params(types[t]) for t in defined)
        over = [(len(imported) + i, t) for i, t in enumerate(defined) if integer_params(types[t]) > args.over]
        print(
            f"{path}: {len(defined)} functions, {len(over)} with more than {args.over} integer parameters"
            f" (most: {max(histogram) if histogram else 0}); by count: "
            + ", ".join(f"{n}: {histogram[n]}" for n in sorted(histogram) if n > args.over)
        )
        if args.list:
            for index, t in over:
                params, results = types[t]
                signature = f"({', '.join(NAMES.get(p, hex(p)) for p in params)}) -> ({', '.join(NAMES.get(p, hex(p)) for p in results)})"
                print(f"  func {index} {names.get(index, '')} {signature}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
