#!/usr/bin/env python3
"""Regenerate the derived inputs of the normalizer fixtures from their clean sources.

Some article fixtures cannot be written by hand: the byte-encoded inputs (GBK, Big5) and the
GBK byte-shift mojibake. Their clean text lives in Articles/Sources/NNN_slug.source.txt (UTF-8);
this script turns each source into the input the normalizer is tested on:

  charset gbk        Articles/NNN_slug.input.gbk    source encoded with Python's strict "gbk" codec
  charset big5       Articles/NNN_slug.input.big5   source encoded with Python's strict "big5" codec
  gbk-shift          Articles/NNN_slug.input.txt    UTF-8 text corrupted the way seed 000 was (below)

The gbk-shift simulation follows shared/notes/peers-on-seeds.md, section 2.4. The source is the
traditional text as it stood in GBK before the damage, with its pinyin annotations already glued
after characters (ASCII parentheses, tone letters, which GBK encodes in row A8). Two markers say
where the damage happens:

  X⟪py⟫Y   a byte-level annotator matched the odd-offset pair (trail byte of X, lead byte of Y),
           which is itself a GBK character read `py`, and inserted "(py)" right after Y's lead
           byte, splitting Y. The script checks that the pair is a valid two-byte GBK character.
  ⟦Y       Y's lead byte was lost.
  Y⟧       Y's trail byte was lost.

The bytes are then read back two at a time by a decoder that knows nothing of the split: a byte
below 0x80 is ASCII; otherwise it and the next byte form one pair, which becomes the GB18030
character it encodes (user-defined GBK codes become private-use characters, as in gb18030), or
'?' when the pair is not a valid two-byte code. The decoder stays misaligned until an ASCII byte
falls on a lead position. Finally the whole text goes through NFKC, as the scraped seeds did
(full-width punctuation becomes ASCII, U+3000 a space). Applied to 日報, 當地紅 and 展潛力，進 the
split reproduces seed 000's `日?qǐng)?bào)`, `當(dāng)?shù)丶t` and `展?jié)摿Γ\ue0faM(jìn)` exactly; a lost
lead byte of 保 and a lost trail byte of 國 reproduce the fourth run, `環(huán)?萍加邢薰\ue088緡(guó)`
(the `?` there is a full-width ？, GBK a3 bf, folded by NFKC). `--self-test` checks all four. How
the two bytes of the fourth run were really lost is not known; the loss markers only describe it.

Usage:
  python3 make_fixtures.py            write every derived input
  python3 make_fixtures.py --check    exit 1 if any derived input differs from what it would write
  python3 make_fixtures.py --self-test
  python3 make_fixtures.py --show NNN print the corrupted runs of one gbk-shift fixture

Only the Python standard library is used.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "Articles"
SOURCES = ARTICLES / "Sources"

# base name -> derivation. Every derived fixture is listed here; nothing else is generated.
DERIVED: dict[str, str] = {
    "202_qiqihar_heavy_equipment_gbk": "gbk",
    "203_qianxian_digital_agriculture_big5": "big5",
    "204_zhongxiang_building_materials_big5": "big5",
    "205_yancheng_offshore_wind_mojibake": "gbk-shift",
    "206_liuzhou_auto_parts_mojibake": "gbk-shift",
    "207_ningde_battery_materials_mojibake": "gbk-shift",
    "214_yinchuan_silicon_wafer_gbk": "gbk",
}

SPLIT_OPEN, SPLIT_CLOSE = "⟪", "⟫"
DROP_LEAD, DROP_TRAIL = "⟦", "⟧"


class FixtureError(Exception):
    pass


def encode_char(ch: str) -> bytes:
    """GBK bytes of one character (gb18030 so that private-use characters map back to user-defined codes)."""
    data = ch.encode("gb18030")
    if len(data) > 2:
        raise FixtureError(f"{ch!r} (U+{ord(ch):04X}) has no one- or two-byte GBK code")
    return data


def decode_pair(lead: int, trail: int) -> str | None:
    try:
        ch = bytes([lead, trail]).decode("gb18030")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


def parse_source(text: str) -> list[tuple[str, str]]:
    """Split marked-up source into tokens: ('char', c), ('split', py), ('droplead', ''), ('droptrail', '')."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == SPLIT_OPEN:
            end = text.index(SPLIT_CLOSE, i)
            tokens.append(("split", text[i + 1:end]))
            i = end + 1
        elif ch == DROP_LEAD:
            tokens.append(("droplead", ""))
            i += 1
        elif ch == DROP_TRAIL:
            tokens.append(("droptrail", ""))
            i += 1
        else:
            tokens.append(("char", ch))
            i += 1
    return tokens


def clean_text(text: str) -> str:
    """The source with its damage markers removed: what the text was before the corruption."""
    out = []
    for kind, value in parse_source(text):
        if kind == "char":
            out.append(value)
    return "".join(out)


def gbk_shift_bytes(text: str) -> bytes:
    """Encode the source to GBK and apply the marked splits and byte losses."""
    tokens = parse_source(text)
    # Resolve every character to its bytes first; markers refer to their neighbours.
    chars: list[bytearray] = []
    texts: list[str] = []
    pending_split: list[str | None] = []  # split to apply inside the next character
    pending_droplead = False
    split_for_next: str | None = None
    for kind, value in tokens:
        if kind == "char":
            data = bytearray(encode_char(value))
            chars.append(data)
            texts.append(value)
            pending_split.append(split_for_next)
            split_for_next = None
            if pending_droplead:
                if len(data) != 2:
                    raise FixtureError(f"lead-byte loss marked on single-byte {value!r}")
                del data[0]
                pending_droplead = False
        elif kind == "split":
            if split_for_next is not None:
                raise FixtureError("two splits in a row")
            split_for_next = value
        elif kind == "droplead":
            pending_droplead = True
        elif kind == "droptrail":
            if not chars or len(chars[-1]) != 2:
                raise FixtureError("trail-byte loss must follow a two-byte character")
            del chars[-1][1]
    if split_for_next is not None or pending_droplead:
        raise FixtureError("marker at end of source")

    out = bytearray()
    for index, data in enumerate(chars):
        split = pending_split[index]
        if split is None:
            out += data
            continue
        left = left_of(texts, index)
        if left is None or len(chars[left]) != 2 or len(data) != 2:
            raise FixtureError(f"split ⟪{split}⟫ must sit between two two-byte characters")
        matched = decode_pair(chars[left][1], data[0])
        if matched is None:
            raise FixtureError(
                f"split ⟪{split}⟫: bytes {chars[left][1]:02x} {data[0]:02x} are not a GBK character")
        out += data[:1] + f"({split})".encode("gb18030") + data[1:]
    return bytes(out)


def left_of(texts: list[str], index: int) -> int | None:
    """Index of the character the annotator paired with texts[index]: the one before it, skipping the
    pinyin annotation glued to that character (the annotator worked on the byte offsets of the text
    without annotations, so an aligned annotation can sit between the two halves of the pair)."""
    k = index - 1
    if k >= 0 and texts[k] == ")":
        while k >= 0 and texts[k] != "(":
            k -= 1
        k -= 1
    return k if k >= 0 else None


def pairwise_decode(data: bytes) -> str:
    out = []
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 >= len(data):
            out.append("?")
            i += 1
            continue
        ch = decode_pair(b, data[i + 1])
        out.append(ch if ch is not None else "?")
        i += 2
    return "".join(out)


def gbk_shift(text: str) -> str:
    return unicodedata.normalize("NFKC", pairwise_decode(gbk_shift_bytes(text)))


def split_pairs(text: str) -> list[tuple[str, str, str]]:
    """(left char, right char, GBK character formed by the odd-offset pair) for every split marker."""
    tokens = parse_source(text)
    result = []
    for k, (kind, value) in enumerate(tokens):
        if kind != "split":
            continue
        before = [v for kd, v in tokens[:k] if kd == "char"]
        left_index = left_of(before, len(before))
        left = before[left_index] if left_index is not None else "?"
        right = next(v for kd, v in tokens[k + 1:] if kd == "char")
        result.append((left, right, decode_pair(encode_char(left)[1], encode_char(right)[0]) or "?"))
    return result


def derive(base: str, how: str) -> tuple[Path, bytes]:
    source = (SOURCES / f"{base}.source.txt").read_text(encoding="utf-8")
    if how == "gbk-shift":
        return ARTICLES / f"{base}.input.txt", gbk_shift(source).encode("utf-8")
    if how in ("gbk", "big5"):
        if any(m in source for m in (SPLIT_OPEN, DROP_LEAD, DROP_TRAIL)):
            raise FixtureError(f"{base}: damage markers in a plain {how} source")
        data = source.encode(how)  # strict: every character must exist in the charset
        if data.decode(how) != source:
            raise FixtureError(f"{base}: {how} round trip changes the text")
        return ARTICLES / f"{base}.input.{how}", data
    raise FixtureError(f"{base}: unknown derivation {how!r}")


def self_test() -> None:
    """The simulation must reproduce three of seed 000's four mojibake runs exactly."""
    cases = [
        ("哈爾濱日⟪qǐng⟫報(bào)", "哈爾濱日?qǐng)?bào)"),
        ("當(dāng)⟪shù⟫地紅豆杉", "當(dāng)?shù)丶t豆杉"),
        ("發(fā)展⟪jié⟫潛力，進(jìn)一步", "發(fā)展?jié)摿Γ\ue0faM(jìn)一步"),
        ("燕龍基環(huán)⟦保科技有限公司國⟧(guó)家", "燕龍基環(huán)?萍加邢薰\ue088緡(guó)家"),
    ]
    for source, expected in cases:
        got = gbk_shift(source)
        if got != expected:
            raise FixtureError(f"self-test: {source!r} gave {got!r}, seed has {expected!r}")
    seed = HERE.parents[2] / "seeds" / "000_8669f2165e816395.txt"
    if seed.exists():
        seed_text = seed.read_text(encoding="utf-8")
        for _, expected in cases:
            if expected not in seed_text:
                raise FixtureError(f"self-test: {expected!r} not found in {seed.name}")
    print(f"self-test: all {len(cases)} mojibake runs of seed 000 reproduced")


def show(number: str) -> None:
    for base, how in DERIVED.items():
        if base.startswith(number) and how == "gbk-shift":
            source = (SOURCES / f"{base}.source.txt").read_text(encoding="utf-8")
            for left, right, pair in split_pairs(source):
                print(f"split {left}|{right}: odd-offset pair reads as {pair}")
            for line_in, line_out in zip(source.split("\n"), gbk_shift(source).split("\n")):
                if line_in != line_out and any(m in line_in for m in (SPLIT_OPEN, DROP_LEAD, DROP_TRAIL)):
                    print("source:", line_in)
                    print("input: ", line_out)


def main(argv: list[str]) -> int:
    if "--self-test" in argv:
        self_test()
        return 0
    if "--show" in argv:
        show(argv[argv.index("--show") + 1])
        return 0
    check = "--check" in argv
    stale = []
    for base, how in DERIVED.items():
        path, data = derive(base, how)
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path.name)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(HERE)} ({how}, {len(data)} bytes)")
    if check:
        if stale:
            print("stale derived inputs: " + ", ".join(stale))
            return 1
        print(f"{len(DERIVED)} derived inputs up to date")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except FixtureError as error:
        print(f"make_fixtures: {error}", file=sys.stderr)
        sys.exit(2)
