#!/usr/bin/python3
"""Replaces the lines between `<!-- bench.sh: begin -->` and `<!-- bench.sh: end -->` (or another
script's markers, --markers NAME) in a markdown file (README.md) with a given text, writing the file atomically (a temporary file in the
same folder, renamed over it). --check only says whether the markers are there. Touches nothing
outside the two markers, which stay.
"""
import argparse
import os
import sys
import tempfile

def find_block(lines, path, name="bench.sh"):
    """The indices of the begin and end marker lines, or an error message."""
    BEGIN = f"<!-- {name}: begin -->"
    END = f"<!-- {name}: end -->"
    begins = [i for i, line in enumerate(lines) if line.strip() == BEGIN]
    ends = [i for i, line in enumerate(lines) if line.strip() == END]
    if len(begins) != 1 or len(ends) != 1 or begins[0] > ends[0]:
        return None, (f"{path} needs exactly one line '{BEGIN}' and, after it, one line '{END}' "
                      f"(found {len(begins)} and {len(ends)}): scripts/{name} puts its table between them")
    return (begins[0], ends[0]), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("markdown", help="the file with the markers, e.g. README.md")
    parser.add_argument("--check", action="store_true", help="only check the markers")
    parser.add_argument("--text", help="the file whose contents go between the markers")
    parser.add_argument("--markers", default="bench.sh", help="the markers' name (default: bench.sh)")
    args = parser.parse_args()

    try:
        with open(args.markdown, encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
    except OSError as e:
        print(f"readme_block: cannot read {args.markdown}: {e.strerror}", file=sys.stderr)
        return 1
    block, error = find_block(lines, args.markdown, args.markers)
    if error:
        print(f"readme_block: {error}", file=sys.stderr)
        return 1
    if args.check:
        return 0
    if not args.text:
        print("readme_block: give --text FILE or --check", file=sys.stderr)
        return 2
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    # Blank lines around it: markdown then reads the markers as comments and the text as its own.
    text = "\n" + text.strip("\n") + "\n\n"
    begin, end = block
    result = "".join(lines[:begin + 1]) + text + "".join(lines[end:])

    folder = os.path.dirname(os.path.abspath(args.markdown))
    fd, temporary = tempfile.mkstemp(prefix=".readme_block.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(result)
        os.chmod(temporary, os.stat(args.markdown).st_mode & 0o7777)
        os.replace(temporary, args.markdown)
    except BaseException:
        os.unlink(temporary)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
